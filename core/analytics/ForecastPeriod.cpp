// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastPeriod.h"

ForecastPeriod ForecastPeriod::containing(const QDate& day, Kind kind)
{
    if (kind == Kind::Month) {
        return ForecastPeriod{kind, QDate(day.year(), day.month(), 1)};
    }
    return ForecastPeriod{kind, QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1)};
}

QDate ForecastPeriod::endExclusive() const
{
    return first.addMonths(kind == Kind::Month ? 1 : 3);
}

ForecastPeriod ForecastPeriod::next() const
{
    return ForecastPeriod{kind, endExclusive()};
}

ForecastPeriod ForecastPeriod::previous() const
{
    return ForecastPeriod{kind, first.addMonths(kind == Kind::Month ? -1 : -3)};
}

ReportPeriod ForecastPeriod::span(const QTimeZone& zone) const
{
    return ReportPeriod::fromLocalDays(first, last(), zone);
}

QString ForecastPeriod::key() const
{
    if (kind == Kind::Month) {
        return first.toString(QStringLiteral("yyyy-MM"));
    }
    return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
}

QString ForecastPeriod::kindKey(Kind kind)
{
    return kind == Kind::Month ? QStringLiteral("month") : QStringLiteral("quarter");
}

std::optional<ForecastPeriod::Kind> ForecastPeriod::kindFromKey(const QString& key)
{
    if (key == QLatin1String("month")) {
        return Kind::Month;
    }
    if (key == QLatin1String("quarter")) {
        return Kind::Quarter;
    }
    return std::nullopt;
}
