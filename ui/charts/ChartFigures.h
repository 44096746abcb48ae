// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include "core/analytics/ChartKind.h"

#include <QCoreApplication>
#include <QStringList>

struct ChartData;
class ChartStyle;

// Picks the builder for a chart's data and view. The views of a chart are different drawings
// of the same data (the funnel by count, amount or weighted amount ...), so switching views
// needs no new computation.
class ChartFigures final
{
    Q_DECLARE_TR_FUNCTIONS(ChartFigures)
public:
    // The views a chart offers, in order; the first is the default. Empty: one view only.
    static QStringList views(ChartKind kind);
    static ChartFigure build(const ChartData& data, int view, const ChartStyle& style);
};
