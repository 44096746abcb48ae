// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>

struct LeadSourceResult;
class ChartStyle;

// Chart 7: per lead source, lead → opportunity, opportunity → won and lead → won rates as bars,
// with leads, counts and median days to convert in the table.
class LeadSourceChart final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSourceChart)
public:
    static ChartFigure build(const LeadSourceResult& sources, const ChartStyle& style);
};
