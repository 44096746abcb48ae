// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPeriod.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// The periods the chart filter offers, relative to today. "This quarter" is the default, the
// period quotas and the weekly review's forecast are set for; "This year" shows the months
// behind us with closed business beside the ones ahead with the forecast.
enum class ChartPeriod
{
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    NextQuarter,
    Last90Days,
    YearToDate,
    ThisYear,
    Last12Months,
};

namespace ChartPeriods {

QList<ChartPeriod> all();
QString key(ChartPeriod period);
std::optional<ChartPeriod> fromKey(const QString& key);
QString displayName(ChartPeriod period);
// The local days of the period around `today`, as a half-open UTC span.
ReportPeriod resolve(ChartPeriod period, const QDate& today, const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace ChartPeriods
