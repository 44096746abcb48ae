// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>

struct StageConversionResult;
class ChartStyle;

// Chart 6: where deals leaving each stage went (forward, back, lost: shares of the exits) and
// how long they had been in it (median and 80th percentile days).
class StageConversionChart final
{
    Q_DECLARE_TR_FUNCTIONS(StageConversionChart)
public:
    static ChartFigure build(const StageConversionResult& conversion, const ChartStyle& style);
};
