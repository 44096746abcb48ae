// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewFixture.h"

#include "core/analytics/FunnelReport.h"
#include "core/domain/Account.h"
#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/OwnerRepository.h"
#include "tests/support/DealBuilder.h"

ReviewFixture::ReviewFixture(TempWorkspace& workspace)
    : m_ws(workspace)
{}

QDateTime ReviewFixture::utc(int month, int day, int hour, int minute, int year)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

ReportPeriod ReviewFixture::reviewWeek()
{
    return ReportPeriod::fromLocalDays(QDate(2026, 11, 16), QDate(2026, 11, 22), QTimeZone::utc());
}

QDateTime ReviewFixture::reviewNow()
{
    return utc(11, 22, 18);
}

const FunnelRow* ReviewFixture::funnelRow(const FunnelReport& report, const QString& dealId)
{
    for (const FunnelRow& row : report.rows) {
        if (row.dealId == dealId) {
            return &row;
        }
    }
    return nullptr;
}

QString ReviewFixture::stageId(int index)
{
    return DefaultPipeline::stageIds().at(index);
}

QString ReviewFixture::owner(const QString& name)
{
    return m_ws->owners().insert(Owner{{}, name, {}, OwnerRole::Rep, {}, {}, {}}).id;
}

QString ReviewFixture::account(const QString& name)
{
    Account account;
    account.name = name;
    return m_ws->accounts().insert(account).id;
}

QString ReviewFixture::create(const QString& name,
                              const QDateTime& at,
                              int stage,
                              qint64 amountMinor,
                              const QString& ownerId,
                              const QDate& closeDate,
                              const QString& currency)
{
    m_ws.clock().set(at);
    Deal deal = DealBuilder().name(name).stage(stage).amount(amountMinor, currency).closeDate(closeDate).build();
    deal.ownerId = ownerId;
    deal.createdAt = at;
    return m_ws->dealService().create(deal).id;
}

void ReviewFixture::move(const QString& dealId, const QDateTime& at, int stage)
{
    m_ws.clock().set(at);
    MoveDetails details;
    if (stage == 7) {
        details.lostReason = LostReason::Competitor;
    }
    if (stage == 6) {
        details.closeDate = at.date();
    }
    m_ws->dealService().move(dealId, stageId(stage), details);
}

void ReviewFixture::setAmount(const QString& dealId, const QDateTime& at, qint64 amountMinor)
{
    m_ws.clock().set(at);
    Deal deal = *m_ws->deals().deal(dealId);
    deal.amount.minor = amountMinor;
    m_ws->dealService().update(deal);
}

void ReviewFixture::setCloseDate(const QString& dealId, const QDateTime& at, const QDate& date)
{
    m_ws.clock().set(at);
    Deal deal = *m_ws->deals().deal(dealId);
    deal.expectedCloseDate = date;
    m_ws->dealService().update(deal);
}

void ReviewFixture::setOwner(const QString& dealId, const QDateTime& at, const QString& ownerId)
{
    m_ws.clock().set(at);
    Deal deal = *m_ws->deals().deal(dealId);
    deal.ownerId = ownerId;
    m_ws->dealService().update(deal);
}

void ReviewFixture::setCategory(const QString& dealId, const QDateTime& at, ForecastCategory category)
{
    m_ws.clock().set(at);
    Deal deal = *m_ws->deals().deal(dealId);
    deal.forecastCategory = category;
    m_ws->dealService().update(deal);
}

void ReviewFixture::interaction(const QString& dealId,
                                const QDateTime& at,
                                AppointmentState state,
                                const QString& ownerId)
{
    Interaction interaction;
    interaction.dealId = dealId;
    interaction.ownerId = ownerId;
    interaction.scheduledAt = at;
    interaction.appointmentState = state;
    m_ws->interactions().insert(interaction);
}

void ReviewFixture::remove(const QString& dealId, const QDateTime& at)
{
    m_ws.clock().set(at);
    m_ws->dealService().remove(dealId);
}

void ReviewFixture::rate(const QString& currency, double rate, const QDate& validFrom)
{
    m_ws->exchangeRates().insert(ExchangeRate{{}, currency, rate, validFrom});
}
