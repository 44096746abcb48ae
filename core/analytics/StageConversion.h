// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Pipeline.h"
#include "core/storage/StageHistoryQuery.h"

#include <QList>
#include <QString>

#include <optional>

class StageIndex;

// How deals left one open stage over a period (DOMAIN.md §7: stage conversion and time in stage).
struct StageConversionStage
{
    QString stageId;
    QString name;
    int exits = 0;                    // stage changes out of this stage in the period
    int forward = 0;                  // ... to a later open stage or to won
    int backward = 0;                 // ... to an earlier open stage
    int lost = 0;                     // ... to lost
    std::optional<double> conversion; // forward / exits
    int timed = 0;                    // exits whose entry time is known
    std::optional<double> medianDays; // time spent in the stage by the deals that left it
    std::optional<double> p80Days;
};

struct StageConversionResult
{
    QList<StageConversionStage> stages; // the pipeline's open stages in order
    int exits = 0;

    bool isEmpty() const { return exits == 0; }
    const StageConversionStage* stage(const QString& stageId) const;
};

namespace StageConversion {

// The exits come already chosen for the chart's owners (StageHistoryQuery::exits).
StageConversionResult compute(const Pipeline& pipeline, const QList<StageExitRow>& exits, const StageIndex& stages);
// Where the exits went, from their counts per (from, to) (StageHistoryQuery::moves); the times
// in stage stay unknown (timed 0, no median or p80).
StageConversionResult counts(const Pipeline& pipeline, const QList<StageMoveRow>& moves, const StageIndex& stages);

} // namespace StageConversion
