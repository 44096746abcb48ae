// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFigures.h"

#include "ActivityChart.h"
#include "CalibrationChart.h"
#include "ChartFormat.h"
#include "ChartStyle.h"
#include "ForecastChart.h"
#include "FunnelChart.h"
#include "LeadSourceChart.h"
#include "PerformanceChart.h"
#include "StageConversionChart.h"
#include "VelocityChart.h"
#include "WaterfallChart.h"
#include "WinLossChart.h"
#include "WinScenarioChart.h"

#include "core/analytics/ChartData.h"

#include <QStringList>

QStringList ChartFigures::views(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Funnel:
        return {tr("Deals"), tr("Amount"), tr("Weighted amount")};
    case ChartKind::ForecastVsQuota:
        return {tr("By month"), tr("By quarter"), tr("Per rep, by quarter"), tr("Per rep, by month")};
    case ChartKind::WinLoss:
        return {tr("Overview"), tr("Segment"), tr("Industry"), tr("Source"), tr("Competitor"), tr("Lost reasons")};
    case ChartKind::WinScenarios: {
        QStringList views{tr("Overview")};
        for (ScenarioDimension d : WinScenarios::dimensions()) {
            views.append(WinScenarios::dimensionName(d));
        }
        return views;
    }
    default:
        return {};
    }
}

ChartFigure ChartFigures::build(const ChartData& data, int view, const ChartStyle& style)
{
    ChartFigure figure;
    if (!data.error.isEmpty()) {
        figure.emptyText = data.error;
    } else if (const auto* funnel = std::get_if<FunnelResult>(&data.result)) {
        const auto measure = view == 1 ? FunnelChart::Measure::Amount
                                       : (view == 2 ? FunnelChart::Measure::Weighted : FunnelChart::Measure::Count);
        figure = FunnelChart::build(*funnel, measure, style);
    } else if (const auto* waterfall = std::get_if<Waterfall>(&data.result)) {
        figure = WaterfallChart::build(*waterfall, data.baseCurrency, style);
    } else if (const auto* forecast = std::get_if<ForecastResults>(&data.result)) {
        const bool quarters = view == 1 || view == 2;
        figure = ForecastChart::build(quarters ? forecast->quarters : forecast->months, view >= 2, style);
    } else if (const auto* performance = std::get_if<PerformanceResult>(&data.result)) {
        figure = PerformanceChart::build(*performance, style);
    } else if (const auto* velocity = std::get_if<VelocityResult>(&data.result)) {
        figure = VelocityChart::build(*velocity, style);
    } else if (const auto* conversion = std::get_if<StageConversionResult>(&data.result)) {
        figure = StageConversionChart::build(*conversion, style);
    } else if (const auto* sources = std::get_if<LeadSourceResult>(&data.result)) {
        figure = LeadSourceChart::build(*sources, style);
    } else if (const auto* winLoss = std::get_if<WinLossResult>(&data.result)) {
        figure = WinLossChart::build(*winLoss, static_cast<WinLossChart::View>(qBound(0, view, 5)), style);
    } else if (const auto* scenarios = std::get_if<WinScenarioResult>(&data.result)) {
        const QList<ScenarioDimension> dimensions = WinScenarios::dimensions();
        const auto dimension =
            view >= 1 && view <= dimensions.size() ? std::optional(dimensions.at(view - 1)) : std::nullopt;
        figure = WinScenarioChart::build(*scenarios, dimension, style);
    } else if (const auto* calibration = std::get_if<CalibrationResult>(&data.result)) {
        figure = CalibrationChart::build(*calibration, style);
    } else if (const auto* activity = std::get_if<ActivityProgressResult>(&data.result)) {
        figure = ActivityChart::build(*activity, data.ownerNames, style);
    } else {
        figure.emptyText = tr("No pipeline in this workspace.");
    }
    figure.title = ChartKinds::displayName(data.kind);
    const QSet<QString> unconverted = data.unconverted();
    if (!unconverted.isEmpty()) {
        QStringList codes(unconverted.cbegin(), unconverted.cend());
        codes.sort();
        figure.notes += QLatin1Char(' ') + tr("Amounts are in %1; amounts in %2 are left out: no exchange rate.")
                                               .arg(data.baseCurrency, codes.join(QStringLiteral(", ")));
    }
    return figure;
}
