// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFilter.h"

#include "core/domain/Pipeline.h"
#include "core/storage/StageHistoryQuery.h"

#include <QList>
#include <QString>

#include <optional>

// Each open stage's default probability against the share of deals that went on to win from
// it (DOMAIN.md §7), over the deals closed in a window (the last 12 months).
struct CalibrationStage
{
    QString stageId;
    QString name;
    int defaultProbability = 0;
    int deals = 0; // closed deals that passed through the stage
    int won = 0;
    std::optional<double> actual; // won / deals

    // Actual minus default, in percentage points; none without deals.
    std::optional<double> gapPoints() const;
};

struct CalibrationResult
{
    ReportPeriod window;
    QList<CalibrationStage> stages;

    bool isEmpty() const;
};

namespace ProbabilityCalibration {

CalibrationResult compute(const Pipeline& pipeline,
                          const QList<StageVisitRow>& visits,
                          const ChartFilter& filter,
                          const ReportPeriod& window);

} // namespace ProbabilityCalibration
