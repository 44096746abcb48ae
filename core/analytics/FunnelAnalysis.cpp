// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelAnalysis.h"

#include "AttentionList.h"
#include "CurrencyConverter.h"
#include "DealFlow.h"
#include "QuotaBook.h"
#include "StageIndex.h"

#include "core/domain/DefaultPipeline.h"
#include "core/storage/Database.h"
#include "core/storage/DealHistoryQuery.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Clock.h"

#include <QSet>

#include <algorithm>
#include <vector>

int FunnelReport::flowCount(FlowState state) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [state](const FunnelRow& row) { return row.flowState == state; }));
}

namespace FunnelAnalysis {

namespace {
constexpr qint64 kMsecsPerDay = 24 * 3600 * 1000;

int maxRottingDays(const Pipeline& pipeline)
{
    int most = 0;
    for (const Stage& stage : pipeline.stages) {
        most = std::max(most, stage.rottingDays);
    }
    return most;
}

// The stage summary rows: deals in each open stage now, and conversion over the period.
QList<StageSummaryRow> summarise(const Pipeline& pipeline,
                                 const StageIndex& stages,
                                 const QList<FunnelRow>& rows,
                                 const std::vector<const DealTimeline*>& timelines,
                                 const ReportPeriod& period,
                                 const QDateTime& asOf)
{
    QList<StageSummaryRow> summary;
    QHash<QString, qsizetype> index;
    for (const Stage& stage : pipeline.openStages()) {
        index.insert(stage.id, summary.size());
        StageSummaryRow row;
        row.stageId = stage.id;
        summary.append(row);
    }
    QHash<QString, double> daysSum;
    QHash<QString, int> daysCount;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const FunnelRow& row = rows.at(i);
        if (row.openNow) {
            if (const auto it = index.constFind(row.stageNowId); it != index.cend()) {
                StageSummaryRow& target = summary[*it];
                ++target.count;
                target.amountBase += row.amountBase.value_or(0);
                target.weightedBase += row.weightedBase.value_or(0);
                if (row.daysInStage >= 0) {
                    daysSum[row.stageNowId] += row.daysInStage;
                    ++daysCount[row.stageNowId];
                }
            }
        }
        // Conversion: which stages the deal sat in during the period, and which it left forward.
        if (row.stageMoves == 0 && !row.stageAtStartId.isEmpty()) {
            // Most deals did not move: they passed through their starting stage only.
            if (const auto it = index.constFind(row.stageAtStartId); it != index.cend()) {
                ++summary[*it].passedThrough;
            }
            continue;
        }
        QSet<QString> visited;
        QSet<QString> leftForward;
        if (stages.isOpen(row.stageAtStartId)) {
            visited.insert(row.stageAtStartId);
        }
        for (const DealEvent& event : timelines[std::size_t(i)]->events) {
            if (event.occurredAt < period.start) {
                continue;
            }
            if (event.occurredAt >= asOf) {
                break;
            }
            if (event.field == DealEventField::Created && stages.isOpen(event.newValue)) {
                visited.insert(event.newValue);
            } else if (event.field == DealEventField::Stage) {
                if (stages.isOpen(event.newValue)) {
                    visited.insert(event.newValue);
                }
                if (stages.isForward(event.oldValue, event.newValue)) {
                    leftForward.insert(event.oldValue);
                }
            }
        }
        for (const QString& stageId : std::as_const(visited)) {
            if (const auto it = index.constFind(stageId); it != index.cend()) {
                ++summary[*it].passedThrough;
                if (leftForward.contains(stageId)) {
                    ++summary[*it].movedOn;
                }
            }
        }
    }
    for (StageSummaryRow& row : summary) {
        if (daysCount.value(row.stageId) > 0) {
            row.averageDaysInStage = daysSum.value(row.stageId) / daysCount.value(row.stageId);
        }
    }
    return summary;
}

FunnelShape shapeOf(const Pipeline& pipeline, const QList<StageSummaryRow>& summary)
{
    QList<FunnelShape::StageCount> counts;
    for (const StageSummaryRow& row : summary) {
        const Stage* stage = pipeline.stage(row.stageId);
        counts.append(FunnelShape::StageCount{
            row.stageId, stage ? DefaultPipeline::displayName(stage->id, stage->name) : QString(), row.count});
    }
    return FunnelShape::diagnose(counts);
}
} // namespace

FunnelReport run(Database& database, const FunnelOptions& options)
{
    return run(database, options, DealHistoryQuery::timelines(database, options.period.start, options.period.end));
}

FunnelReport run(Database& database, const FunnelOptions& options, const QList<DealTimeline>& timelines)
{
    const Clock& clock = Clock::system(); // the repositories below only read
    FunnelReport report;
    report.period = options.period;
    report.asOf = options.period.asOf(options.now);
    report.baseCurrency = WorkspaceMetaRepository(database, clock).baseCurrency();
    const QList<Pipeline> pipelines = PipelineRepository(database, clock).pipelines();
    const StageIndex stages(pipelines);
    const Pipeline* pipeline = options.pipelineId.isEmpty() ? (pipelines.isEmpty() ? nullptr : &pipelines.front())
                                                            : stages.pipeline(options.pipelineId);
    if (!pipeline) {
        return report;
    }
    report.pipelineId = pipeline->id;
    const QDate today = report.asOf.toTimeZone(options.zone).date();
    report.forecastPeriod = options.forecastPeriod.value_or(ForecastPeriod::containing(
        options.period.end.addMSecs(-1).toTimeZone(options.zone).date(), ForecastPeriod::Kind::Quarter));
    const CurrencyConverter converter(report.baseCurrency, ExchangeRateRepository(database, clock).rates(), today);
    const QSet<QString> owners(options.ownerIds.cbegin(), options.ownerIds.cend());

    // Stage entries older than the loaded history (past periods only) come from one more read.
    QStringList unknownEntry;
    for (const DealTimeline& timeline : timelines) {
        if (timeline.pipelineId == pipeline->id && !timeline.stageEnteredBefore(report.asOf).isValid()) {
            unknownEntry.append(timeline.dealId);
        }
    }
    const QHash<QString, QDateTime> entries =
        DealHistoryQuery::stageEnteredBefore(database, unknownEntry, options.period.start);

    // Each deal is first classified without its interactions: an interaction can only make
    // the last activity later, so only a deal found stalled by its stage entry alone (or whose
    // entry is unknown) can come out differently. Only those deals' interactions are read, a
    // third of the table's.
    Forecast::Inputs forecast;
    forecast.period = report.forecastPeriod;
    forecast.ownerIds = options.ownerIds;
    std::vector<DealFlow> flows;
    std::vector<const DealTimeline*> rowTimelines;
    QStringList rowIds;
    QStringList mayStall;
    for (const DealTimeline& timeline : timelines) {
        DealFlow flow = DealFlowClassifier::classify(
            timeline, options.period, report.asOf, stages, {}, entries.value(timeline.dealId));
        if (flow.openAtEnd) {
            forecast.openDeals.append(flow.atEnd);
        }
        if (timeline.pipelineId != pipeline->id || !flow.inFunnel() ||
            (!owners.isEmpty() && !owners.contains(flow.atEnd.ownerId))) {
            continue;
        }
        if (flow.stalled || (flow.openAtEnd && !flow.stageEnteredAt.isValid())) {
            mayStall.append(timeline.dealId);
        }
        rowIds.append(timeline.dealId);
        flows.push_back(std::move(flow));
        rowTimelines.push_back(&timeline);
    }
    const QHash<QString, QDateTime> interactions = DealHistoryQuery::lastInteractions(
        database, report.asOf.addDays(-maxRottingDays(*pipeline) - 1), report.asOf, mayStall);
    const QList<int> slips = DealHistoryQuery::closeDateSlipCounts(database, rowIds);

    report.rows.reserve(qsizetype(flows.size()));
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const DealTimeline& timeline = *rowTimelines[i];
        DealFlow& flow = flows[i];
        if (const auto seen = interactions.constFind(timeline.dealId); seen != interactions.cend()) {
            DealFlowClassifier::settle(
                flow, stages, *seen, report.asOf < options.period.end ? report.asOf : options.period.end);
        }
        FunnelRow row;
        row.dealId = timeline.dealId;
        row.dealName = timeline.name;
        row.accountName = timeline.accountName;
        row.pipelineId = timeline.pipelineId;
        row.ownerId = flow.atEnd.ownerId;
        row.ownerAtStartId = flow.atStart.exists ? flow.atStart.ownerId : flow.atEnd.ownerId;
        row.stageAtStartId = flow.atStart.exists ? flow.atStart.stageId : QString();
        row.stageNowId = flow.atEnd.stageId;
        row.amount = flow.atEnd.amount;
        row.amountBase = converter.toBase(row.amount);
        if (!row.amountBase) {
            report.unconverted.insert(row.amount.currency);
        }
        const Stage* stage = stages.find(row.stageNowId);
        row.probability = stage ? stage->probability : 0;
        if (row.amountBase) {
            row.weightedBase = *row.amountBase * row.probability / 100;
        }
        if (flow.stageEnteredAt.isValid()) {
            row.daysInStage = int(flow.stageEnteredAt.msecsTo(report.asOf) / kMsecsPerDay);
        }
        row.closeDate = flow.atEnd.closeDate;
        row.closeDateAtStart = flow.atStart.exists ? flow.atStart.closeDate : QDate();
        row.slipCount = slips.at(qsizetype(i));
        row.forecastCategory = flow.atEnd.forecastCategory;
        row.flowState = flow.state;
        row.openNow = flow.openAtEnd;
        row.stalled = flow.stalled;
        row.reopened = flow.reopened;
        row.movedBack = flow.movedBack;
        row.stageMoves = flow.stageMoves;
        report.rows.append(std::move(row));
    }
    flows.clear();

    report.stages = summarise(*pipeline, stages, report.rows, rowTimelines, options.period, report.asOf);
    report.shape = shapeOf(*pipeline, report.stages);

    const ReportPeriod quotaSpan = report.forecastPeriod.span(options.zone);
    forecast.won = DealHistoryQuery::wonTotals(
        database, quotaSpan.start, report.asOf < quotaSpan.end ? report.asOf : quotaSpan.end);
    forecast.closedCounts =
        DealHistoryQuery::closedCounts(database, report.asOf.addDays(-options.winRateLookbackDays), report.asOf);
    report.forecast =
        Forecast::compute(forecast, converter, stages, QuotaBook(ReviewRepository(database, clock).allQuotas()));
    report.unconverted.unite(report.forecast.unconverted);

    QList<qint64> openAmounts;
    for (const FunnelRow& row : std::as_const(report.rows)) {
        if (row.openNow && row.amountBase) {
            openAmounts.append(*row.amountBase);
        }
    }
    report.bigDealMinor = options.bigDealMinor
                              ? options.bigDealMinor
                              : AttentionList::percentile90(openAmounts, FunnelOptions::kMinimumForPercentile);
    QStringList bigDeals;
    if (report.bigDealMinor) {
        for (const FunnelRow& row : std::as_const(report.rows)) {
            if (row.openNow && row.amountBase && *row.amountBase >= *report.bigDealMinor) {
                bigDeals.append(row.dealId);
            }
        }
    }
    report.attention = AttentionList::build(
        report.rows, today, report.bigDealMinor, DealHistoryQuery::dealsWithChampion(database, bigDeals));
    return report;
}

} // namespace FunnelAnalysis
