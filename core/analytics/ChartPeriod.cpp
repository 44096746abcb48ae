// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPeriod.h"

#include "ForecastPeriod.h"

#include <QCoreApplication>

namespace ChartPeriods {

QList<ChartPeriod> all()
{
    return {ChartPeriod::ThisMonth,
            ChartPeriod::LastMonth,
            ChartPeriod::ThisQuarter,
            ChartPeriod::LastQuarter,
            ChartPeriod::NextQuarter,
            ChartPeriod::Last90Days,
            ChartPeriod::YearToDate,
            ChartPeriod::ThisYear,
            ChartPeriod::Last12Months};
}

QString key(ChartPeriod period)
{
    switch (period) {
    case ChartPeriod::ThisMonth:
        return QStringLiteral("this_month");
    case ChartPeriod::LastMonth:
        return QStringLiteral("last_month");
    case ChartPeriod::ThisQuarter:
        return QStringLiteral("this_quarter");
    case ChartPeriod::LastQuarter:
        return QStringLiteral("last_quarter");
    case ChartPeriod::NextQuarter:
        return QStringLiteral("next_quarter");
    case ChartPeriod::Last90Days:
        return QStringLiteral("last_90_days");
    case ChartPeriod::YearToDate:
        return QStringLiteral("year_to_date");
    case ChartPeriod::ThisYear:
        return QStringLiteral("this_year");
    case ChartPeriod::Last12Months:
        return QStringLiteral("last_12_months");
    }
    return {};
}

std::optional<ChartPeriod> fromKey(const QString& text)
{
    for (ChartPeriod period : all()) {
        if (key(period) == text) {
            return period;
        }
    }
    return std::nullopt;
}

QString displayName(ChartPeriod period)
{
    switch (period) {
    case ChartPeriod::ThisMonth:
        return QCoreApplication::translate("ChartPeriod", "This month");
    case ChartPeriod::LastMonth:
        return QCoreApplication::translate("ChartPeriod", "Last month");
    case ChartPeriod::ThisQuarter:
        return QCoreApplication::translate("ChartPeriod", "This quarter");
    case ChartPeriod::LastQuarter:
        return QCoreApplication::translate("ChartPeriod", "Last quarter");
    case ChartPeriod::NextQuarter:
        return QCoreApplication::translate("ChartPeriod", "Next quarter");
    case ChartPeriod::Last90Days:
        return QCoreApplication::translate("ChartPeriod", "Last 90 days");
    case ChartPeriod::YearToDate:
        return QCoreApplication::translate("ChartPeriod", "Year to date");
    case ChartPeriod::ThisYear:
        return QCoreApplication::translate("ChartPeriod", "This year");
    case ChartPeriod::Last12Months:
        return QCoreApplication::translate("ChartPeriod", "Last 12 months");
    }
    return {};
}

ReportPeriod resolve(ChartPeriod period, const QDate& today, const QTimeZone& zone)
{
    using Kind = ForecastPeriod::Kind;
    auto span = [&zone](const ForecastPeriod& p) {
        return p.span(zone);
    };
    switch (period) {
    case ChartPeriod::ThisMonth:
        return span(ForecastPeriod::containing(today, Kind::Month));
    case ChartPeriod::LastMonth:
        return span(ForecastPeriod::containing(today, Kind::Month).previous());
    case ChartPeriod::ThisQuarter:
        return span(ForecastPeriod::containing(today, Kind::Quarter));
    case ChartPeriod::LastQuarter:
        return span(ForecastPeriod::containing(today, Kind::Quarter).previous());
    case ChartPeriod::NextQuarter:
        return span(ForecastPeriod::containing(today, Kind::Quarter).next());
    case ChartPeriod::Last90Days:
        return ReportPeriod::fromLocalDays(today.addDays(-89), today, zone);
    case ChartPeriod::YearToDate:
        return ReportPeriod::fromLocalDays(QDate(today.year(), 1, 1), today, zone);
    case ChartPeriod::ThisYear:
        return ReportPeriod::fromLocalDays(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31), zone);
    case ChartPeriod::Last12Months:
        return ReportPeriod::fromLocalDays(today.addYears(-1).addDays(1), today, zone);
    }
    return {};
}

} // namespace ChartPeriods
