// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Deal.h"
#include "core/domain/DefaultPipeline.h"

// Builds a valid deal in the default pipeline with overridable fields.
class DealBuilder
{
public:
    DealBuilder();
    DealBuilder& name(const QString& name);
    DealBuilder& stage(int index); // index into DefaultPipeline::stageIds()
    DealBuilder& amount(qint64 minor, const QString& currency = QStringLiteral("USD"));
    DealBuilder& owner(const QString& ownerId);
    DealBuilder& account(const QString& accountId);
    DealBuilder& closeDate(const QDate& date);
    Deal build() const { return m_deal; }

private:
    Deal m_deal;
};
