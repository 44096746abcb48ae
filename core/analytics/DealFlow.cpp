// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealFlow.h"

#include "StageIndex.h"

namespace DealFlowClassifier {

bool isStalled(const QDateTime& lastActivity, int rottingDays, const QDateTime& asOf)
{
    if (rottingDays <= 0 || !lastActivity.isValid()) {
        return false;
    }
    return lastActivity.msecsTo(asOf) > qint64(rottingDays) * 24 * 3600 * 1000;
}

void settle(DealFlow& flow, const StageIndex& stages, const QDateTime& lastInteraction, const QDateTime& end)
{
    const Stage* endStage = stages.find(flow.atEnd.stageId);
    flow.lastActivity = flow.stageEnteredAt;
    if (lastInteraction.isValid() && lastInteraction <= end &&
        (!flow.lastActivity.isValid() || lastInteraction > flow.lastActivity)) {
        flow.lastActivity = lastInteraction;
    }
    flow.stalled = flow.openAtEnd && endStage && isStalled(flow.lastActivity, endStage->rottingDays, end);

    if (flow.atEnd.exists && stages.isWon(flow.atEnd.stageId) && flow.inFunnel()) {
        flow.state = FlowState::Won;
    } else if (flow.atEnd.exists && stages.isLost(flow.atEnd.stageId) && flow.inFunnel()) {
        flow.state = FlowState::Lost;
    } else if (flow.created || flow.reopened) {
        flow.state = FlowState::New;
    } else if (flow.openAtStart && flow.openAtEnd && stages.isForward(flow.atStart.stageId, flow.atEnd.stageId)) {
        flow.state = FlowState::Advanced;
    } else if (flow.openAtStart && flow.openAtEnd && stages.isBackward(flow.atStart.stageId, flow.atEnd.stageId)) {
        flow.state = FlowState::Regressed;
    } else if (flow.stalled) {
        flow.state = FlowState::Stalled;
    } else {
        flow.state = FlowState::Steady;
    }
}

DealFlow classify(const DealTimeline& timeline,
                  const ReportPeriod& period,
                  const QDateTime& asOf,
                  const StageIndex& stages,
                  const QDateTime& lastInteraction,
                  const QDateTime& stageEntryFallback)
{
    DealFlow flow;
    const QDateTime end = asOf < period.end ? asOf : period.end;
    flow.atStart = timeline.stateBefore(period.start);
    flow.atEnd = timeline.stateBefore(end);
    flow.openAtStart = flow.atStart.exists && stages.isOpen(flow.atStart.stageId);
    flow.openAtEnd = flow.atEnd.exists && stages.isOpen(flow.atEnd.stageId);
    flow.openDuring = flow.openAtStart || flow.openAtEnd;
    for (const DealEvent& event : timeline.events) {
        if (event.occurredAt < period.start) {
            continue;
        }
        if (event.occurredAt >= end) {
            break;
        }
        if (event.field == DealEventField::Created) {
            flow.created = true;
            flow.openDuring = flow.openDuring || stages.isOpen(event.newValue);
        } else if (event.field == DealEventField::Stage) {
            ++flow.stageMoves;
            flow.movedBack = flow.movedBack || stages.isBackward(event.oldValue, event.newValue);
            flow.openDuring = flow.openDuring || stages.isOpen(event.newValue);
        }
    }
    if (!flow.created && timeline.createdAt.isValid() && period.contains(timeline.createdAt) &&
        timeline.createdAt < end) {
        flow.created = true; // a deal without a "created" event (imported from elsewhere)
        flow.openDuring = flow.openDuring || flow.openAtEnd;
    }
    flow.reopened = flow.atStart.exists && !flow.openAtStart && flow.openAtEnd;
    flow.stageEnteredAt = timeline.stageEnteredBefore(end);
    if (!flow.stageEnteredAt.isValid()) {
        flow.stageEnteredAt = stageEntryFallback;
    }

    settle(flow, stages, lastInteraction, end);
    return flow;
}

} // namespace DealFlowClassifier
