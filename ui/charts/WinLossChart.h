// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>

#include <functional>

struct LostReasonCount;
struct WinLossResult;
struct WinRateGroup;
class ChartStyle;

// Chart 8: win rate by segment, industry, source and competitor (horizontal bars against the
// overall rate), and lost reasons (bars; a pie only for five reasons or fewer).
class WinLossChart final
{
    Q_DECLARE_TR_FUNCTIONS(WinLossChart)
public:
    enum class View
    {
        Overview, // segment, source, competitor, lost reasons
        Segment,
        Industry,
        Source,
        Competitor,
        LostReasons,
    };

    static ChartFigure build(const WinLossResult& winLoss, View view, const ChartStyle& style);

private:
    static std::unique_ptr<QChart> rates(const QString& title,
                                         const QList<WinRateGroup>& groups,
                                         const std::function<QString(const QString&)>& label,
                                         const WinLossResult& all,
                                         int limit,
                                         const ChartStyle& style);
    static std::unique_ptr<QChart> reasons(const WinLossResult& all, bool allowPie, const ChartStyle& style);
};
