// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPeriod.h"

QDateTime ReportPeriod::startOfDay(const QDate& day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toUTC();
}

ReportPeriod ReportPeriod::fromLocalDays(const QDate& first, const QDate& last, const QTimeZone& zone)
{
    return ReportPeriod{startOfDay(first, zone), startOfDay(last.addDays(1), zone)};
}

ReportPeriod ReportPeriod::lastDays(int days, const QDateTime& now, const QTimeZone& zone)
{
    const QDate today = now.toTimeZone(zone).date();
    return fromLocalDays(today.addDays(1 - days), today, zone);
}

ReportPeriod ReportPeriod::since(const QDateTime& since, const QDateTime& now, const QTimeZone& zone)
{
    const QDate today = now.toTimeZone(zone).date();
    return ReportPeriod{since.toUTC(), startOfDay(today.addDays(1), zone)};
}
