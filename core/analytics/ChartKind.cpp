// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartKind.h"

#include <QCoreApplication>

namespace ChartKinds {

QList<ChartKind> all()
{
    return {ChartKind::Funnel,
            ChartKind::FlowWaterfall,
            ChartKind::ForecastVsQuota,
            ChartKind::PerformanceFormula,
            ChartKind::SalesVelocity,
            ChartKind::StageConversion,
            ChartKind::LeadSources,
            ChartKind::WinLoss,
            ChartKind::WinScenarios,
            ChartKind::ProbabilityCalibration,
            ChartKind::ActivityProgress};
}

QString key(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Funnel:
        return QStringLiteral("funnel");
    case ChartKind::FlowWaterfall:
        return QStringLiteral("waterfall");
    case ChartKind::ForecastVsQuota:
        return QStringLiteral("forecast");
    case ChartKind::PerformanceFormula:
        return QStringLiteral("performance");
    case ChartKind::SalesVelocity:
        return QStringLiteral("velocity");
    case ChartKind::StageConversion:
        return QStringLiteral("conversion");
    case ChartKind::LeadSources:
        return QStringLiteral("lead_sources");
    case ChartKind::WinLoss:
        return QStringLiteral("win_loss");
    case ChartKind::WinScenarios:
        return QStringLiteral("win_scenarios");
    case ChartKind::ProbabilityCalibration:
        return QStringLiteral("calibration");
    case ChartKind::ActivityProgress:
        return QStringLiteral("activity");
    }
    return {};
}

std::optional<ChartKind> fromKey(const QString& text)
{
    for (ChartKind kind : all()) {
        if (key(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

QString displayName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Funnel:
        return QCoreApplication::translate("ChartKind", "Funnel");
    case ChartKind::FlowWaterfall:
        return QCoreApplication::translate("ChartKind", "Pipeline flow");
    case ChartKind::ForecastVsQuota:
        return QCoreApplication::translate("ChartKind", "Forecast vs quota");
    case ChartKind::PerformanceFormula:
        return QCoreApplication::translate("ChartKind", "Performance formula");
    case ChartKind::SalesVelocity:
        return QCoreApplication::translate("ChartKind", "Sales velocity");
    case ChartKind::StageConversion:
        return QCoreApplication::translate("ChartKind", "Stage conversion");
    case ChartKind::LeadSources:
        return QCoreApplication::translate("ChartKind", "Lead sources");
    case ChartKind::WinLoss:
        return QCoreApplication::translate("ChartKind", "Win / loss");
    case ChartKind::WinScenarios:
        return QCoreApplication::translate("ChartKind", "Win scenarios");
    case ChartKind::ProbabilityCalibration:
        return QCoreApplication::translate("ChartKind", "Probability calibration");
    case ChartKind::ActivityProgress:
        return QCoreApplication::translate("ChartKind", "Activity vs progress");
    }
    return {};
}

QString question(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Funnel:
        return QCoreApplication::translate("ChartKind",
                                           "Open pipeline per stage now, and how each stage converted in the period.");
    case ChartKind::FlowWaterfall:
        return QCoreApplication::translate("ChartKind",
                                           "How the open pipeline moved from the start to the end of the period.");
    case ChartKind::ForecastVsQuota:
        return QCoreApplication::translate("ChartKind", "What will we close against quota, month by month.");
    case ChartKind::PerformanceFormula:
        return QCoreApplication::translate(
            "ChartKind", "Which lever of the performance formula is weak, per rep against the team (= 100).");
    case ChartKind::SalesVelocity:
        return QCoreApplication::translate("ChartKind", "How fast the pipeline turns into money, and why.");
    case ChartKind::StageConversion:
        return QCoreApplication::translate("ChartKind",
                                           "Where deals move forward, and how long they sit in each stage.");
    case ChartKind::LeadSources:
        return QCoreApplication::translate("ChartKind", "Which lead sources turn into opportunities and wins.");
    case ChartKind::WinLoss:
        return QCoreApplication::translate("ChartKind", "Where we win and why we lose.");
    case ChartKind::WinScenarios:
        return QCoreApplication::translate("ChartKind", "What the deals we won have in common.");
    case ChartKind::ProbabilityCalibration:
        return QCoreApplication::translate("ChartKind",
                                           "Do the stage probabilities match what actually won in the last 12 months?");
    case ChartKind::ActivityProgress:
        return QCoreApplication::translate("ChartKind", "Activity that produces no progress on decision milestones.");
    }
    return {};
}

} // namespace ChartKinds
