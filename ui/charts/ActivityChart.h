// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>
#include <QHash>

struct ActivityProgressResult;
class ChartStyle;

// Chart 11: one dot per open deal with a strategy sheet: interactions in the period against
// decision-milestone progress; red where there was activity and no milestone reached.
class ActivityChart final
{
    Q_DECLARE_TR_FUNCTIONS(ActivityChart)
public:
    static ChartFigure
    build(const ActivityProgressResult& activity, const QHash<QString, QString>& ownerNames, const ChartStyle& style);
};
