// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>

struct Waterfall;
class ChartStyle;

// Chart 2: start pipeline, + new, + increases, − decreases, − lost, − won, = end, with the
// numbers of the weekly review's waterfall (core/review WhatChanged).
class WaterfallChart final
{
    Q_DECLARE_TR_FUNCTIONS(WaterfallChart)
public:
    static ChartFigure build(const Waterfall& waterfall, const QString& baseCurrency, const ChartStyle& style);
};
