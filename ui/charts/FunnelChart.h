// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>

struct FunnelResult;
class ChartStyle;

// Chart 1: the open pipeline as a real funnel, one centred bar per stage (first stage on top),
// with the share of deals that moved forward from each stage over the period between the bars.
class FunnelChart final
{
    Q_DECLARE_TR_FUNCTIONS(FunnelChart)
public:
    enum class Measure
    {
        Count,
        Amount,
        Weighted,
    };

    static ChartFigure build(const FunnelResult& funnel, Measure measure, const ChartStyle& style);
};
