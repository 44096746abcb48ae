// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatChanged.h"

#include "core/analytics/CurrencyConverter.h"
#include "core/analytics/DealFlow.h"
#include "core/analytics/StageIndex.h"
#include "core/storage/DealHistoryQuery.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Clock.h"
#include "core/util/StableSortByKey.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace WhatChanged {

namespace {
// The time of the last event of `field` in the span (the created event for New).
QDateTime lastEventOf(const DealTimeline& timeline, DealEventField field, const ReportPeriod& span)
{
    QDateTime last;
    for (const DealEvent& event : timeline.events) {
        if (event.occurredAt >= span.end) {
            break;
        }
        if (event.field == field && event.occurredAt >= span.start) {
            last = event.occurredAt;
        }
    }
    return last;
}

void addWaterfall(Waterfall& waterfall,
                  const DealFlow& flow,
                  const StageIndex& stages,
                  const CurrencyConverter& converter,
                  const QSet<QString>& scope)
{
    auto inScope = [&scope](const QString& ownerId) {
        return scope.isEmpty() || scope.contains(ownerId);
    };
    const bool inStart = flow.openAtStart && inScope(flow.atStart.ownerId);
    const bool inEnd = flow.openAtEnd && inScope(flow.atEnd.ownerId);
    const bool closedAtEnd = flow.atEnd.exists && !flow.openAtEnd;
    const bool entersLater = !inStart && inScope(flow.atEnd.ownerId) && flow.inFunnel();
    if (!inStart && !entersLater) {
        return;
    }
    WaterfallDeal deal;
    deal.inStart = inStart;
    deal.openAtStart = flow.openAtStart;
    deal.inEnd = inEnd;
    deal.closedAtEnd = closedAtEnd;
    deal.wonAtEnd = closedAtEnd && stages.isWon(flow.atEnd.stageId);
    deal.endValue = converter.toBase(flow.atEnd.amount);
    deal.startValue = inStart ? converter.toBase(flow.atStart.amount) : deal.endValue;
    deal.startCurrency = flow.atStart.amount.currency;
    deal.endCurrency = flow.atEnd.amount.currency;
    waterfall.add(deal);
}

void addRows(QList<DealChangeRow>& rows,
             const DealTimeline& timeline,
             const DealFlow& flow,
             const ReportPeriod& span,
             const StageIndex& stages,
             const CurrencyConverter& converter)
{
    DealChangeRow base;
    base.dealId = timeline.dealId;
    base.dealName = timeline.name;
    base.accountName = timeline.accountName;
    base.ownerId = flow.atEnd.ownerId;
    base.fromStageId = flow.atStart.exists ? flow.atStart.stageId : QString();
    base.toStageId = flow.atEnd.stageId;
    base.fromAmount = flow.atStart.amount;
    base.toAmount = flow.atEnd.amount;
    base.fromDate = flow.atStart.closeDate;
    base.toDate = flow.atEnd.closeDate;
    base.fromOwnerId = flow.atStart.ownerId;
    base.toOwnerId = flow.atEnd.ownerId;
    auto add = [&](ChangeKind kind, DealEventField field) {
        DealChangeRow row = base;
        row.kind = kind;
        row.at = lastEventOf(timeline, field, span);
        rows.append(std::move(row));
    };
    // Closing sets the real close date; that is not a forecast moving, so it is not listed.
    bool closed = false;
    if (flow.atEnd.exists && stages.isWon(flow.atEnd.stageId) && flow.inFunnel()) {
        add(ChangeKind::Won, DealEventField::Stage);
        closed = true;
    } else if (flow.atEnd.exists && stages.isLost(flow.atEnd.stageId) && flow.inFunnel()) {
        add(ChangeKind::Lost, DealEventField::Stage);
        closed = true;
    }
    if (flow.created) {
        add(ChangeKind::New, DealEventField::Created);
        return; // everything else about a new deal is its first state
    }
    if (!flow.atStart.exists) {
        return;
    }
    if (flow.reopened) {
        add(ChangeKind::Reopened, DealEventField::Stage);
    } else if (flow.openAtStart && flow.openAtEnd && stages.isForward(flow.atStart.stageId, flow.atEnd.stageId)) {
        add(ChangeKind::Advanced, DealEventField::Stage);
    } else if (flow.openAtStart && flow.openAtEnd && stages.isBackward(flow.atStart.stageId, flow.atEnd.stageId)) {
        add(ChangeKind::Regressed, DealEventField::Stage);
    }
    if (flow.atStart.amount != flow.atEnd.amount) {
        const auto from = converter.toBase(flow.atStart.amount);
        const auto to = converter.toBase(flow.atEnd.amount);
        const std::optional<qint64> delta = from && to ? std::optional<qint64>(*to - *from) : std::nullopt;
        const bool up = delta ? *delta > 0 : flow.atEnd.amount.minor > flow.atStart.amount.minor;
        DealChangeRow row = base;
        row.kind = up ? ChangeKind::AmountUp : ChangeKind::AmountDown;
        row.deltaBase = delta;
        row.at = std::max(lastEventOf(timeline, DealEventField::Amount, span),
                          lastEventOf(timeline, DealEventField::Currency, span));
        if (!delta || *delta != 0) {
            rows.append(std::move(row));
        }
    }
    if (!closed && flow.atStart.closeDate.isValid() && flow.atEnd.closeDate.isValid() &&
        flow.atStart.closeDate != flow.atEnd.closeDate) {
        add(flow.atEnd.closeDate > flow.atStart.closeDate ? ChangeKind::ClosePushed : ChangeKind::ClosePulled,
            DealEventField::CloseDate);
    }
    if (flow.atStart.ownerId != flow.atEnd.ownerId) {
        add(ChangeKind::OwnerChanged, DealEventField::Owner);
    }
}
// A deal whose state held over the whole span: the flow DealFlowClassifier gives a timeline
// with no events from the span's start, created before it.
DealFlow quietFlow(const QuietDeal& deal, const StageIndex& stages)
{
    DealFlow flow;
    flow.atStart.exists = true;
    flow.atStart.stageId = deal.stageId;
    flow.atStart.amount = deal.amount;
    flow.atStart.ownerId = deal.ownerId;
    flow.atEnd = flow.atStart;
    flow.openAtStart = stages.isOpen(deal.stageId);
    flow.openAtEnd = flow.openAtStart;
    flow.openDuring = flow.openAtStart;
    return flow;
}

void addQuiet(Waterfall& waterfall,
              const QList<QuietDeal>& quiet,
              const StageIndex& stages,
              const CurrencyConverter& converter,
              const QStringList& ownerIds)
{
    const QSet<QString> scope(ownerIds.cbegin(), ownerIds.cend());
    for (const QuietDeal& deal : quiet) {
        addWaterfall(waterfall, quietFlow(deal, stages), stages, converter, scope);
    }
}
} // namespace

WhatChangedReport compute(const DealHistory& history,
                          const ReportPeriod& span,
                          const StageIndex& stages,
                          const CurrencyConverter& converter,
                          const QStringList& ownerIds)
{
    // A quiet deal has no change to list: only its value, the same at both ends, is counted.
    WhatChangedReport report = compute(history.timelines, span, stages, converter, ownerIds);
    addQuiet(report.waterfall, history.quiet, stages, converter, ownerIds);
    return report;
}

Waterfall waterfall(const DealHistory& history,
                    const ReportPeriod& span,
                    const StageIndex& stages,
                    const CurrencyConverter& converter,
                    const QStringList& ownerIds)
{
    Waterfall result = waterfall(history.timelines, span, stages, converter, ownerIds);
    addQuiet(result, history.quiet, stages, converter, ownerIds);
    return result;
}

WhatChangedReport compute(const QList<DealTimeline>& timelines,
                          const ReportPeriod& span,
                          const StageIndex& stages,
                          const CurrencyConverter& converter,
                          const QStringList& ownerIds)
{
    WhatChangedReport report;
    report.span = span;
    report.baseCurrency = converter.baseCurrency();
    const QSet<QString> scope(ownerIds.cbegin(), ownerIds.cend());
    for (const DealTimeline& timeline : timelines) {
        const DealFlow flow = DealFlowClassifier::classify(timeline, span, span.end, stages, {});
        addWaterfall(report.waterfall, flow, stages, converter, scope);
        const bool shown = scope.isEmpty() || scope.contains(flow.atEnd.ownerId) ||
                           (flow.atStart.exists && scope.contains(flow.atStart.ownerId));
        if (shown && (flow.inFunnel() || flow.atStart.exists)) {
            addRows(report.rows, timeline, flow, span, stages, converter);
        }
    }
    // Newest first (an invalid time, as QDateTime orders it, last).
    report.rows = stableSortedByKeyDescending(std::move(report.rows), [](const DealChangeRow& row) {
        return row.at.isValid() ? row.at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    });
    return report;
}

Waterfall waterfall(const QList<DealTimeline>& timelines,
                    const ReportPeriod& span,
                    const StageIndex& stages,
                    const CurrencyConverter& converter,
                    const QStringList& ownerIds)
{
    Waterfall result;
    const QSet<QString> scope(ownerIds.cbegin(), ownerIds.cend());
    for (const DealTimeline& timeline : timelines) {
        addWaterfall(
            result, DealFlowClassifier::classify(timeline, span, span.end, stages, {}), stages, converter, scope);
    }
    return result;
}

namespace {
WhatChangedReport runOn(Database& database, const WhatChangedOptions& options, const QList<DealTimeline>* history)
{
    const Clock& clock = Clock::system(); // the repositories below only read
    const ReportPeriod span{options.since.toUTC(), options.now.toUTC()};
    const StageIndex stages(PipelineRepository(database, clock).pipelines());
    const CurrencyConverter converter(WorkspaceMetaRepository(database, clock).baseCurrency(),
                                      ExchangeRateRepository(database, clock).rates(),
                                      span.end.toTimeZone(options.zone).date());
    if (!history) {
        return compute(
            DealHistoryQuery::changes(database, span.start, span.end), span, stages, converter, options.ownerIds);
    }
    // What DealHistoryQuery::timelines(span.start, span.end) would have read: the same deals
    // and events, less the deals created from span.end on (created_at < ?1 in its SQL).
    QList<DealTimeline> timelines;
    timelines.reserve(history->size());
    for (const DealTimeline& timeline : *history) {
        if (timeline.createdAt.isValid() && timeline.createdAt < span.end) {
            timelines.append(timeline);
        }
    }
    return compute(timelines, span, stages, converter, options.ownerIds);
}
} // namespace

WhatChangedReport run(Database& database, const WhatChangedOptions& options)
{
    return runOn(database, options, nullptr);
}

WhatChangedReport run(Database& database, const WhatChangedOptions& options, const QList<DealTimeline>& history)
{
    return runOn(database, options, &history);
}

} // namespace WhatChanged
