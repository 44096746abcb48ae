// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>

struct CalibrationResult;
class ChartStyle;

// Chart 10: each stage's default probability beside the share of deals that actually won
// from it over the last 12 months, with the number of deals behind each figure.
class CalibrationChart final
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationChart)
public:
    static ChartFigure build(const CalibrationResult& calibration, const ChartStyle& style);
};
