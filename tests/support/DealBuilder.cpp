// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealBuilder.h"

DealBuilder::DealBuilder()
{
    m_deal.name = QStringLiteral("Test deal");
    m_deal.pipelineId = QString::fromLatin1(DefaultPipeline::pipelineId);
    m_deal.stageId = DefaultPipeline::stageIds().at(0);
    m_deal.amount = Money{100000, QStringLiteral("USD")};
    m_deal.expectedCloseDate = QDate(2026, 12, 31);
}

DealBuilder& DealBuilder::name(const QString& name)
{
    m_deal.name = name;
    return *this;
}

DealBuilder& DealBuilder::stage(int index)
{
    m_deal.stageId = DefaultPipeline::stageIds().at(index);
    return *this;
}

DealBuilder& DealBuilder::amount(qint64 minor, const QString& currency)
{
    m_deal.amount = Money{minor, currency};
    return *this;
}

DealBuilder& DealBuilder::owner(const QString& ownerId)
{
    m_deal.ownerId = ownerId;
    return *this;
}

DealBuilder& DealBuilder::account(const QString& accountId)
{
    m_deal.accountId = accountId;
    return *this;
}

DealBuilder& DealBuilder::closeDate(const QDate& date)
{
    m_deal.expectedCloseDate = date;
    return *this;
}
