// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewService.h"

#include "core/analytics/CurrencyConverter.h"
#include "core/analytics/Forecast.h"
#include "core/analytics/QuotaBook.h"
#include "core/analytics/StageIndex.h"
#include "core/storage/DealHistoryQuery.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>

namespace {
constexpr int kWinRateLookbackDays = 365;

SnapshotForecast snapshotOf(const ForecastBlock& block)
{
    return SnapshotForecast{
        block.ownerId, block.closed, block.commit, block.bestCase, block.weighted, block.openPipeline, block.quota};
}
} // namespace

ReviewService::ReviewService(Workspace& workspace)
    : m_workspace(workspace)
{}

ReviewSnapshot ReviewService::startReview(const QString& title,
                                          ForecastPeriod::Kind kind,
                                          const QTimeZone& zone,
                                          const QDateTime& asOf)
{
    Database& database = m_workspace.database();
    const QDateTime present = m_workspace.clock().nowUtc();
    const QDateTime now = asOf.isValid() && asOf < present ? asOf.toUTC() : present;
    const QDate today = now.toTimeZone(zone).date();
    const ForecastPeriod period = ForecastPeriod::containing(today, kind);
    const StageIndex stages(m_workspace.pipelines().pipelines());
    const QString base = m_workspace.meta().baseCurrency();
    const CurrencyConverter converter(base, m_workspace.exchangeRates().rates(), today);

    // Every deal open at `now` is open today or has history since: its state then is read
    // back from the events after `now` (none when `now` is the present).
    const QDateTime after = now.addMSecs(1);
    QList<SnapshotDeal> deals;
    QStringList hiddenEntries;
    Forecast::Inputs inputs;
    inputs.period = period;
    for (const DealTimeline& timeline : DealHistoryQuery::timelines(database, after, after)) {
        const DealState state = timeline.stateBefore(after);
        const Stage* stage = stages.find(state.stageId);
        if (!state.exists || !stage || stage->kind != StageKind::Open) {
            continue;
        }
        inputs.openDeals.append(state);
        SnapshotDeal deal;
        deal.dealId = timeline.dealId;
        deal.ownerId = state.ownerId;
        deal.stageId = state.stageId;
        deal.amount = state.amount;
        deal.baseAmount = converter.toBase(deal.amount);
        deal.closeDate = state.closeDate;
        deal.forecastCategory = state.forecastCategory;
        deal.probability = stage->probability;
        deal.stageEnteredAt = timeline.stageEnteredBefore(after);
        if (!deal.stageEnteredAt.isValid()) {
            hiddenEntries.append(deal.dealId);
        }
        deals.append(deal);
    }
    // Past snapshots: stage entries hidden behind later stage changes are read separately.
    const QHash<QString, QDateTime> entries = DealHistoryQuery::stageEnteredBefore(database, hiddenEntries, after);
    for (SnapshotDeal& deal : deals) {
        if (!deal.stageEnteredAt.isValid()) {
            deal.stageEnteredAt = entries.value(deal.dealId, now);
        }
    }
    const ReportPeriod span = period.span(zone);
    inputs.won = DealHistoryQuery::wonTotals(database, span.start, now < span.end ? now : span.end);
    inputs.closedCounts = DealHistoryQuery::closedCounts(database, now.addDays(-kWinRateLookbackDays), now);
    const Forecast::Result forecast =
        Forecast::compute(inputs, converter, stages, QuotaBook(m_workspace.reviews().allQuotas()));
    QList<SnapshotForecast> forecasts{snapshotOf(forecast.team)};
    for (const ForecastBlock& block : forecast.reps) {
        forecasts.append(snapshotOf(block));
    }

    ReviewSnapshot snapshot;
    snapshot.takenAt = now;
    snapshot.title = title;
    snapshot.baseCurrency = base;
    snapshot.periodKind = ForecastPeriod::kindKey(kind);
    snapshot.periodStart = period.first;
    snapshot.periodEnd = period.endExclusive();
    Transaction transaction(database);
    snapshot = m_workspace.reviews().insertSnapshot(snapshot, deals, forecasts);
    transaction.commit();
    emit m_workspace.events().reviewsChanged();
    return snapshot;
}

void ReviewService::removeSnapshot(const QString& snapshotId)
{
    Transaction transaction(m_workspace.database());
    m_workspace.reviews().removeSnapshot(snapshotId);
    transaction.commit();
    emit m_workspace.events().reviewsChanged();
}

void ReviewService::saveNote(const ReviewNote& note)
{
    if (!m_workspace.reviews().snapshot(note.snapshotId)) {
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("ReviewService", "The review no longer exists."));
    }
    Transaction transaction(m_workspace.database());
    m_workspace.reviews().saveNote(note);
    transaction.commit();
    emit m_workspace.events().reviewsChanged();
}

std::optional<Money> ReviewService::quota(const QString& ownerId, const ForecastPeriod& period) const
{
    for (const Quota& quota : m_workspace.reviews().quotas(ForecastPeriod::kindKey(period.kind), period.first)) {
        if (quota.ownerId == ownerId) {
            return quota.amount;
        }
    }
    return std::nullopt;
}

void ReviewService::setQuota(const QString& ownerId, const ForecastPeriod& period, const std::optional<Money>& amount)
{
    if (amount && (amount->minor < 0 || amount->currency.size() != 3)) {
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("ReviewService", "A quota must be a positive amount."));
    }
    Transaction transaction(m_workspace.database());
    m_workspace.reviews().setQuota(ownerId, ForecastPeriod::kindKey(period.kind), period.first, amount);
    transaction.commit();
    emit m_workspace.events().quotasChanged();
}
