// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbabilityCalibration.h"

#include "Statistics.h"

#include <QHash>

std::optional<double> CalibrationStage::gapPoints() const
{
    return actual ? std::optional<double>(*actual * 100.0 - defaultProbability) : std::nullopt;
}

bool CalibrationResult::isEmpty() const
{
    for (const CalibrationStage& stage : stages) {
        if (stage.deals > 0) {
            return false;
        }
    }
    return true;
}

namespace ProbabilityCalibration {

CalibrationResult compute(const Pipeline& pipeline,
                          const QList<StageVisitRow>& visits,
                          const ChartFilter& filter,
                          const ReportPeriod& window)
{
    CalibrationResult result;
    result.window = window;
    QHash<QString, qsizetype> position;
    for (const Stage& stage : pipeline.openStages()) {
        position.insert(stage.id, result.stages.size());
        result.stages.append(CalibrationStage{stage.id, stage.name, stage.probability, 0, 0, std::nullopt});
    }
    for (const StageVisitRow& row : visits) {
        const auto it = position.constFind(row.stageId);
        if (it == position.cend() || !filter.includesOwner(row.ownerId)) {
            continue;
        }
        CalibrationStage& stage = result.stages[*it];
        stage.deals += row.deals;
        if (row.won) {
            stage.won += row.deals;
        }
    }
    for (CalibrationStage& stage : result.stages) {
        stage.actual = Statistics::ratio(stage.won, stage.deals);
    }
    return result;
}

} // namespace ProbabilityCalibration
