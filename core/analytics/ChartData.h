// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityProgress.h"
#include "ChartFilter.h"
#include "ChartKind.h"
#include "ForecastVsQuota.h"
#include "FunnelMetrics.h"
#include "LeadSourceMetrics.h"
#include "PerformanceFormula.h"
#include "ProbabilityCalibration.h"
#include "SalesVelocity.h"
#include "StageConversion.h"
#include "WinLossMetrics.h"
#include "WinScenarios.h"

#include "core/review/Waterfall.h"

#include <QDateTime>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <variant>

// The forecast chart offers months and quarters; both are cheap once the rows are read.
struct ForecastResults
{
    ForecastResult months;
    ForecastResult quarters;
};

using ChartResult = std::variant<std::monostate,
                                 FunnelResult,
                                 Waterfall,
                                 ForecastResults,
                                 PerformanceResult,
                                 VelocityResult,
                                 StageConversionResult,
                                 LeadSourceResult,
                                 WinLossResult,
                                 WinScenarioResult,
                                 CalibrationResult,
                                 ActivityProgressResult>;

// Everything a chart builder needs to draw one chart: plain values, computed off the GUI thread.
struct ChartData
{
    ChartKind kind = ChartKind::Funnel;
    ChartFilter filter;
    QDateTime asOf; // the period end, or the moment of computing when the period runs on
    QString baseCurrency;
    QString pipelineName;
    QHash<QString, QString> ownerNames;
    QHash<QString, QString> stageNames;
    ChartResult result;
    QString error; // set when the data could not be read; result is then empty
    qint64 elapsedMs = 0;

    // Currencies left out of the totals for want of an exchange rate.
    QSet<QString> unconverted() const;
    // True when there is nothing to draw (no deals, no leads, an empty period ...).
    bool isEmpty() const;
};

Q_DECLARE_METATYPE(ChartData)
