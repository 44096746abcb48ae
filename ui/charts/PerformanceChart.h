// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>

struct PerformanceResult;
struct RepPerformance;
class ChartStyle;

// Chart 4: the performance formula's levers per rep, each indexed to the team = 100, the
// weakest lever in red; the factors themselves in the table.
class PerformanceChart final
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceChart)
public:
    static ChartFigure build(const PerformanceResult& performance, const ChartStyle& style);

private:
    static std::unique_ptr<QChart> levers(const RepPerformance& rep,
                                          const PerformanceResult& performance,
                                          double top,
                                          bool small,
                                          const ChartStyle& style);
    static void table(ChartFigure& figure, const PerformanceResult& performance, const QLocale& locale);
};
