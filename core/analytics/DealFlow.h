// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlowState.h"
#include "ReportPeriod.h"

#include "core/domain/DealTimeline.h"

#include <QDateTime>

class StageIndex;

// What one deal did over a period, read from its history.
struct DealFlow
{
    DealState atStart; // just before the period
    DealState atEnd;   // at the end of the period (or now, when the period reaches into the future)
    bool openAtStart = false;
    bool openAtEnd = false;
    bool openDuring = false;  // open at some moment of the period
    bool created = false;     // created in the period
    bool reopened = false;    // closed at the start, open again at the end
    int stageMoves = 0;       // stage changes in the period
    bool movedBack = false;   // at least one of them went to an earlier stage
    QDateTime stageEnteredAt; // of the stage at the end; invalid when unknown
    QDateTime lastActivity;   // latest of stage entry and interaction, for the stalled test
    bool stalled = false;
    FlowState state = FlowState::Steady;

    // Whether the deal belongs in the funnel table of the period: open at some moment of it,
    // or created in it (also straight into a closed stage, as an import may do).
    bool inFunnel() const { return openDuring || created; }
};

namespace DealFlowClassifier {

/**
 * Classifies a deal over `period` (DOMAIN.md §4). The state is the first that applies, in
 * this order of precedence:
 *   1. Won / Lost: closed at the end of the period after being open during it (a deal won
 *      and then reopened inside the period is judged by where it ends).
 *   2. New: created in the period, or reopened: closed (lost or won) at the start and open
 *      at the end. A reopened deal re-enters the funnel as inflow, as the waterfall counts it.
 *   3. Advanced / Regressed: by the net change of stage order from start to end. A deal that
 *      regressed and re-advanced inside the period is judged by where it ends: beyond its
 *      starting stage it advanced, back at it it is steady (movedBack tells the story).
 *   4. Stalled: open at the end, and both the stage entry and the last interaction are longer
 *      ago than the stage's rotting threshold (0 = the stage never rots).
 *   5. Steady.
 * Owner changes do not change the state. `asOf` is the moment the end state is read at
 * (the period end, or now when it lies ahead); `lastInteraction` may be invalid;
 * `stageEntryFallback` is used when the timeline's events cannot tell when the stage at
 * the end was entered (DealHistoryQuery::stageEnteredBefore).
 */
DealFlow classify(const DealTimeline& timeline,
                  const ReportPeriod& period,
                  const QDateTime& asOf,
                  const StageIndex& stages,
                  const QDateTime& lastInteraction,
                  const QDateTime& stageEntryFallback = {});

// Sets the last activity, the stalled flag and the state of a flow from its other fields (the
// last steps of classify()): a caller that learns the deal's last interaction only after
// classifying it settles the flow again. `end` is the moment the end state is read at.
void settle(DealFlow& flow, const StageIndex& stages, const QDateTime& lastInteraction, const QDateTime& end);

bool isStalled(const QDateTime& lastActivity, int rottingDays, const QDateTime& asOf);

} // namespace DealFlowClassifier
