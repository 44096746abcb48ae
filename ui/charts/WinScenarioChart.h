// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include "core/analytics/WinScenarios.h"

#include <QCoreApplication>

#include <optional>

class ChartStyle;

// Chart 9: the won deals spread over segment, industry, size, problem, trigger, competitor
// beaten and champion role: all seven as small multiples, or one of them large.
class WinScenarioChart final
{
    Q_DECLARE_TR_FUNCTIONS(WinScenarioChart)
public:
    // No dimension: the overview of all of them.
    static ChartFigure
    build(const WinScenarioResult& scenarios, std::optional<ScenarioDimension> dimension, const ChartStyle& style);

private:
    static std::unique_ptr<QChart>
    distribution(const WinScenarioResult& scenarios, ScenarioDimension dimension, const ChartStyle& style);
};
