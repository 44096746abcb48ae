// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// The charts of the Charts area (issue 6), in the order the area lists them.
enum class ChartKind
{
    Funnel,
    FlowWaterfall,
    ForecastVsQuota,
    PerformanceFormula,
    SalesVelocity,
    StageConversion,
    LeadSources,
    WinLoss,
    WinScenarios,
    ProbabilityCalibration,
    ActivityProgress,
};

namespace ChartKinds {

QList<ChartKind> all();
// Stable keys for settings, file names and benchmark case names ("funnel", "waterfall" ...).
QString key(ChartKind kind);
std::optional<ChartKind> fromKey(const QString& key);
QString displayName(ChartKind kind);
// One sentence on what the chart answers, shown under its title.
QString question(ChartKind kind);

} // namespace ChartKinds
