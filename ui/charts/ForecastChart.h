// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>

struct ForecastResult;
struct ForecastSeries;
class ChartStyle;

// Chart 3: per month or quarter, closed won, commit and best case stacked, the weighted open
// pipeline and the quota as lines (the quota only when quotas exist); per rep as small multiples
// on one scale.
class ForecastChart final
{
    Q_DECLARE_TR_FUNCTIONS(ForecastChart)
public:
    static ChartFigure build(const ForecastResult& forecast, bool perRep, const ChartStyle& style);

private:
    static std::unique_ptr<QChart> series(
        const ForecastSeries& series, const ForecastResult& forecast, double top, bool small, const ChartStyle& style);
};
