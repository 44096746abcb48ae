// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttentionItem.h"
#include "Forecast.h"
#include "ForecastPeriod.h"
#include "FunnelRow.h"
#include "FunnelShape.h"
#include "ReportPeriod.h"
#include "StageSummaryRow.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

struct FunnelOptions
{
    ReportPeriod period;
    QDateTime now;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QStringList ownerIds; // empty: the whole team
    QString pipelineId;   // empty: the first pipeline
    // The quota period of the forecast block; default: the quarter of the period's last day.
    std::optional<ForecastPeriod> forecastPeriod;
    // A deal is big from this amount (base minor units) on; default: the 90th percentile of
    // the open deals in the table (with at least kMinimumForPercentile of them).
    std::optional<qint64> bigDealMinor;
    int winRateLookbackDays = 365;
    static constexpr int kMinimumForPercentile = 5;
};

// The funnel table of a period with its summary rows, forecast, attention list and shape.
struct FunnelReport
{
    ReportPeriod period;
    QDateTime asOf;
    QString baseCurrency;
    QString pipelineId;
    ForecastPeriod forecastPeriod;
    QList<FunnelRow> rows;
    QList<StageSummaryRow> stages; // open stages of the pipeline, in order
    Forecast::Result forecast;
    QList<AttentionItem> attention; // biggest first
    FunnelShape shape;
    std::optional<qint64> bigDealMinor;
    QSet<QString> unconverted; // currencies without an exchange rate, left out of totals

    int flowCount(FlowState state) const;
};
