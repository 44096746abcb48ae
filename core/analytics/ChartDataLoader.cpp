// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDataLoader.h"

#include "ChartPeriod.h"
#include "CurrencyConverter.h"
#include "FlowWaterfall.h"
#include "QuotaBook.h"
#include "StageIndex.h"

#include "core/storage/ActivityQuery.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/ForecastQuery.h"
#include "core/storage/LeadFunnelQuery.h"
#include "core/storage/OutcomeQuery.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/StageHistoryQuery.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Clock.h"

#include <QElapsedTimer>

#include <algorithm>

namespace {

// What every chart shares: the pipeline, people, money and the moment it looks at.
struct Context
{
    Database& database;
    const ChartFilter& filter;
    const QTimeZone& zone;
    StageIndex stages;
    const Pipeline* pipeline = nullptr;
    QList<Owner> owners;
    QDateTime asOf;
    CurrencyConverter converter;
    QStringList ownerIds;
};

// The owners the performance index compares a rep with: the team being looked at; for a
// single rep, the rep's manager's team (a rep compared with themself says nothing).
QSet<QString> baselineTeam(const Context& c)
{
    if (c.filter.ownerIds.size() != 1) {
        return c.filter.ownerIds;
    }
    const QString rep = *c.filter.ownerIds.cbegin();
    for (const Owner& owner : c.owners) {
        if (owner.id == rep && !owner.managerId.isEmpty()) {
            return ChartFilter::teamOf(c.owners, owner.managerId);
        }
    }
    return {};
}

ChartResult funnel(const Context& c)
{
    // The funnel shows where exits went, not how long deals stayed: the changes are counted per
    // (from, to) without reading the deals' histories for their entry times.
    const auto moves =
        StageHistoryQuery::moves(c.database, c.pipeline->id, c.filter.ownerIds, c.filter.period.start, c.asOf);
    const auto conversion = StageConversion::counts(*c.pipeline, moves, c.stages);
    return FunnelMetrics::compute(
        *c.pipeline, StageHistoryQuery::openTotals(c.database, c.pipeline->id), conversion, c.filter, c.converter);
}

ChartResult waterfall(const Context& c)
{
    // The weekly review's waterfall (WhatChanged) from each deal's two ends: over a quarter
    // nearly every open deal has events, and reading them as whole timelines cost 0.7 s.
    const ReportPeriod span{c.filter.period.start, c.asOf};
    return FlowWaterfall::compute(
        WaterfallQuery::ends(c.database, c.pipeline->id, span.start, span.end), c.stages, c.converter, c.ownerIds);
}

ChartResult forecast(const Context& c)
{
    const auto months = ForecastVsQuota::buckets(c.filter.period, ForecastPeriod::Kind::Month, c.zone);
    const auto quarters = ForecastVsQuota::buckets(c.filter.period, ForecastPeriod::Kind::Quarter, c.zone);
    if (months.isEmpty()) {
        return ForecastResults{};
    }
    // Quarters cover the months, so their span reads everything both need.
    const QDate first = quarters.constFirst().first;
    const QDate end = quarters.constLast().endExclusive();
    const auto won = ForecastQuery::won(
        c.database, c.pipeline->id, ReportPeriod::startOfDay(first, c.zone), ReportPeriod::startOfDay(end, c.zone));
    const auto open = ForecastQuery::openByCloseMonth(c.database, c.pipeline->id, first, end);
    const QuotaBook quotas(ReviewRepository(c.database, Clock::system()).allQuotas());
    auto run = [&](ForecastPeriod::Kind kind, const QList<ForecastPeriod>& buckets) {
        return ForecastVsQuota::compute(
            kind, buckets, won, open, quotas, c.stages, c.owners, c.filter, c.converter, c.zone);
    };
    return ForecastResults{run(ForecastPeriod::Kind::Month, months), run(ForecastPeriod::Kind::Quarter, quarters)};
}

ChartResult performance(const Context& c)
{
    const ReportPeriod& period = c.filter.period;
    const auto leads = LeadFunnelQuery::sourceTotals(c.database, period.start, period.end);
    const auto closed = OutcomeQuery::closedDeals(c.database, c.pipeline->id, period.start, period.end);
    const auto collections = OutcomeQuery::collectionsOfWon(
        c.database, c.pipeline->id, period.start, period.end, c.asOf.toTimeZone(c.zone).date().addDays(1));
    const int days = std::max<qint64>(1, period.start.daysTo(c.asOf));
    return PerformanceFormula::compute(
        leads, closed, collections, c.owners, c.filter.ownerIds, baselineTeam(c), c.converter, days);
}

ChartResult velocity(const Context& c)
{
    const QDate today = c.asOf.toTimeZone(c.zone).date();
    const QList<QDate> days = SalesVelocity::sampleDays(c.filter.period, today, c.zone);
    if (days.isEmpty()) {
        return VelocityResult{};
    }
    const QDateTime from = ReportPeriod::startOfDay(days.constFirst().addDays(1 - SalesVelocity::kWindowDays), c.zone);
    const QDateTime to = ReportPeriod::startOfDay(days.constLast().addDays(1), c.zone);
    const auto spans = OutcomeQuery::dealSpans(c.database, c.pipeline->id, from, to);
    return SalesVelocity::compute(spans, days, c.filter, c.converter, c.zone);
}

ChartResult stageConversion(const Context& c)
{
    const auto exits =
        StageHistoryQuery::exits(c.database, c.pipeline->id, c.filter.ownerIds, c.filter.period.start, c.asOf);
    return StageConversion::compute(*c.pipeline, exits, c.stages);
}

ChartResult leadSources(const Context& c)
{
    const ReportPeriod& period = c.filter.period;
    return LeadSourceMetrics::compute(LeadFunnelQuery::sourceTotals(c.database, period.start, period.end),
                                      LeadFunnelQuery::conversions(c.database, period.start, period.end),
                                      c.filter);
}

ChartResult winLoss(const Context& c, bool scenarios)
{
    const ReportPeriod& period = c.filter.period;
    const auto closed = OutcomeQuery::closedDeals(c.database, c.pipeline->id, period.start, period.end);
    const auto sheets = OutcomeQuery::wonSheetFacts(c.database, c.pipeline->id, period.start, period.end);
    if (scenarios) {
        return WinScenarios::compute(closed, sheets, c.filter, c.converter);
    }
    return WinLossMetrics::compute(closed, sheets, c.filter, c.converter);
}

ChartResult calibration(const Context& c)
{
    const QDate today = c.asOf.toTimeZone(c.zone).date();
    const ReportPeriod window = ChartPeriods::resolve(ChartPeriod::Last12Months, today, c.zone);
    const auto visits = StageHistoryQuery::visitsOfClosed(c.database, c.pipeline->id, window.start, window.end);
    return ProbabilityCalibration::compute(*c.pipeline, visits, c.filter, window);
}

ChartResult activity(const Context& c)
{
    return ActivityProgress::compute(ActivityQuery::openDealsWithSheets(c.database, c.pipeline->id),
                                     ActivityQuery::interactionsOfSheetDeals(c.database, c.filter.period.start, c.asOf),
                                     ActivityQuery::openDealsByOwner(c.database, c.pipeline->id),
                                     c.filter,
                                     c.converter,
                                     c.zone);
}

ChartResult compute(const Context& c, ChartKind kind)
{
    switch (kind) {
    case ChartKind::Funnel:
        return funnel(c);
    case ChartKind::FlowWaterfall:
        return waterfall(c);
    case ChartKind::ForecastVsQuota:
        return forecast(c);
    case ChartKind::PerformanceFormula:
        return performance(c);
    case ChartKind::SalesVelocity:
        return velocity(c);
    case ChartKind::StageConversion:
        return stageConversion(c);
    case ChartKind::LeadSources:
        return leadSources(c);
    case ChartKind::WinLoss:
        return winLoss(c, false);
    case ChartKind::WinScenarios:
        return winLoss(c, true);
    case ChartKind::ProbabilityCalibration:
        return calibration(c);
    case ChartKind::ActivityProgress:
        return activity(c);
    }
    return {};
}

} // namespace

namespace ChartDataLoader {

ChartData
load(Database& database, ChartKind kind, const ChartFilter& filter, const QDateTime& now, const QTimeZone& zone)
{
    QElapsedTimer timer;
    timer.start();
    const Clock& clock = Clock::system(); // the repositories below only read
    ChartData data;
    data.kind = kind;
    data.filter = filter;
    data.asOf = filter.period.asOf(now.toUTC());
    data.baseCurrency = WorkspaceMetaRepository(database, clock).baseCurrency();

    const QList<Pipeline> pipelines = PipelineRepository(database, clock).pipelines();
    Context context{database,
                    data.filter,
                    zone,
                    StageIndex(pipelines),
                    nullptr,
                    OwnerRepository(database, clock).owners(),
                    data.asOf,
                    CurrencyConverter(data.baseCurrency,
                                      ExchangeRateRepository(database, clock).rates(),
                                      data.asOf.toTimeZone(zone).date()),
                    QStringList(filter.ownerIds.cbegin(), filter.ownerIds.cend())};
    context.pipeline = context.stages.pipeline(filter.pipelineId);
    if (!context.pipeline && !context.stages.pipelines().isEmpty()) {
        context.pipeline = &context.stages.pipelines().constFirst();
    }
    for (const Owner& owner : context.owners) {
        data.ownerNames.insert(owner.id, owner.name);
    }
    if (!context.pipeline || !filter.period.isValid()) {
        data.elapsedMs = timer.elapsed();
        return data; // nothing to draw: the result stays empty
    }
    data.filter.pipelineId = context.pipeline->id;
    data.pipelineName = context.pipeline->name;
    for (const Stage& stage : context.pipeline->stages) {
        data.stageNames.insert(stage.id, stage.name);
    }
    data.result = compute(context, kind);
    data.elapsedMs = timer.elapsed();
    return data;
}

} // namespace ChartDataLoader
