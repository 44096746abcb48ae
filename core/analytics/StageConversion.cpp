// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageConversion.h"

#include "StageIndex.h"
#include "Statistics.h"

#include <QHash>

namespace {
constexpr double kMsecsPerDay = 86400000.0;

// The pipeline's open stages, each with no exit yet, and where each is in the list.
StageConversionResult emptyStages(const Pipeline& pipeline, QHash<QString, qsizetype>& position)
{
    StageConversionResult result;
    for (const Stage& stage : pipeline.openStages()) {
        StageConversionStage entry;
        entry.stageId = stage.id;
        entry.name = stage.name;
        position.insert(stage.id, result.stages.size());
        result.stages.append(entry);
    }
    return result;
}

void countExits(StageConversionStage& entry, const StageIndex& stages, const QString& from, const QString& to, int n)
{
    entry.exits += n;
    if (stages.isForward(from, to)) {
        entry.forward += n;
    } else if (stages.isBackward(from, to)) {
        entry.backward += n;
    } else if (stages.isLost(to)) {
        entry.lost += n;
    }
}
} // namespace

const StageConversionStage* StageConversionResult::stage(const QString& stageId) const
{
    for (const StageConversionStage& s : stages) {
        if (s.stageId == stageId) {
            return &s;
        }
    }
    return nullptr;
}

namespace StageConversion {

StageConversionResult compute(const Pipeline& pipeline, const QList<StageExitRow>& exits, const StageIndex& stages)
{
    QHash<QString, qsizetype> position;
    StageConversionResult result = emptyStages(pipeline, position);
    QList<QList<double>> durations(result.stages.size());
    for (const StageExitRow& row : exits) {
        const auto it = position.constFind(row.fromStage);
        if (it == position.cend()) {
            continue;
        }
        countExits(result.stages[*it], stages, row.fromStage, row.toStage, 1);
        ++result.exits;
        if (row.enteredMs > 0 && row.enteredMs <= row.exitedMs) {
            durations[*it].append(double(row.exitedMs - row.enteredMs) / kMsecsPerDay);
        }
    }
    for (qsizetype i = 0; i < result.stages.size(); ++i) {
        StageConversionStage& entry = result.stages[i];
        entry.conversion = Statistics::ratio(entry.forward, entry.exits);
        entry.timed = int(durations.at(i).size());
        entry.medianDays = Statistics::median(durations.at(i));
        entry.p80Days = Statistics::percentile(durations.at(i), 0.8);
    }
    return result;
}

StageConversionResult counts(const Pipeline& pipeline, const QList<StageMoveRow>& moves, const StageIndex& stages)
{
    QHash<QString, qsizetype> position;
    StageConversionResult result = emptyStages(pipeline, position);
    for (const StageMoveRow& row : moves) {
        const auto it = position.constFind(row.fromStage);
        if (it == position.cend()) {
            continue;
        }
        countExits(result.stages[*it], stages, row.fromStage, row.toStage, row.moves);
        result.exits += row.moves;
    }
    for (StageConversionStage& entry : result.stages) {
        entry.conversion = Statistics::ratio(entry.forward, entry.exits);
    }
    return result;
}

} // namespace StageConversion
