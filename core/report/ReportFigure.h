// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChartData.h"
#include "core/domain/StrategySheet.h"

#include <QList>
#include <QString>

// A picture in a report, as data: the renderer draws it with the same chart builders as the
// Charts area (a chart) or the strategy sheet's buying-centre map (stakeholders).
struct ReportFigure
{
    enum class Kind
    {
        Chart,
        BuyingCentre,
    };

    Kind kind = Kind::Chart;
    QString title;
    ChartData chart;                 // Kind::Chart
    int view = 0;                    // the chart's view (ChartFigures::views)
    QList<Stakeholder> stakeholders; // Kind::BuyingCentre
};
