// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// A half-open span of time [start, end) in UTC. Users choose periods as local calendar days:
// the boundaries are local midnights converted to UTC, so an event at 00:30 local on the
// first day is inside even though its UTC date is the day before.
struct ReportPeriod
{
    QDateTime start;
    QDateTime end;

    // The days `first` to `last`, both included, in `zone`.
    static ReportPeriod
    fromLocalDays(const QDate& first, const QDate& last, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // The `days` local days ending with the day of `now` (today included).
    static ReportPeriod lastDays(int days, const QDateTime& now, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // From `since` up to the end of the local day of `now`.
    static ReportPeriod
    since(const QDateTime& since, const QDateTime& now, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // The first moment of a local day in UTC (midnight, or the first valid time when a
    // daylight-saving change skips midnight).
    static QDateTime startOfDay(const QDate& day, const QTimeZone& zone);

    bool contains(const QDateTime& time) const { return time >= start && time < end; }
    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    // The moment analytics look at: the period end, or `now` when the period reaches into the future.
    QDateTime asOf(const QDateTime& now) const { return end < now ? end : now; }
    friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;
};
