// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageConversion.h"

#include "StageIndex.h"
#include "Statistics.h"

#include <QHash>

namespace {
constexpr double kMsecsPerDay = 86400000.0;
}

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
    StageConversionResult result;
    QHash<QString, qsizetype> position;
    QList<QList<double>> durations;
    for (const Stage& stage : pipeline.openStages()) {
        StageConversionStage entry;
        entry.stageId = stage.id;
        entry.name = stage.name;
        position.insert(stage.id, result.stages.size());
        result.stages.append(entry);
        durations.append(QList<double>());
    }
    for (const StageExitRow& row : exits) {
        const auto it = position.constFind(row.fromStage);
        if (it == position.cend()) {
            continue;
        }
        StageConversionStage& entry = result.stages[*it];
        ++entry.exits;
        ++result.exits;
        if (stages.isForward(row.fromStage, row.toStage)) {
            ++entry.forward;
        } else if (stages.isBackward(row.fromStage, row.toStage)) {
            ++entry.backward;
        } else if (stages.isLost(row.toStage)) {
            ++entry.lost;
        }
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

} // namespace StageConversion
