// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRange.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportRange", text);
}

// The Monday of ISO week 1: the week that holds 4 January.
QDate isoWeekOne(int year)
{
    const QDate january4(year, 1, 4);
    return january4.addDays(1 - january4.dayOfWeek());
}
} // namespace

std::optional<ReportRange> ReportRange::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(?:W(\\d{1,2})|Q([1-4])|(\\d{1,2})))?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int year = match.captured(1).toInt();
    if (year < 1900) {
        return std::nullopt;
    }
    ReportRange range;
    if (!match.captured(2).isEmpty()) {
        const int week = match.captured(2).toInt();
        // 28 December is always in the last ISO week of its year.
        const int weeksInYear = QDate(year, 12, 28).weekNumber();
        if (week < 1 || week > weeksInYear) {
            return std::nullopt;
        }
        range.unit = Unit::Week;
        range.first = isoWeekOne(year).addDays(7 * (week - 1));
        range.last = range.first.addDays(6);
    } else if (!match.captured(3).isEmpty()) {
        const int quarter = match.captured(3).toInt();
        range.unit = Unit::Quarter;
        range.first = QDate(year, 3 * (quarter - 1) + 1, 1);
        range.last = range.first.addMonths(3).addDays(-1);
    } else if (!match.captured(4).isEmpty()) {
        const int month = match.captured(4).toInt();
        if (month < 1 || month > 12) {
            return std::nullopt;
        }
        range.unit = Unit::Month;
        range.first = QDate(year, month, 1);
        range.last = range.first.addMonths(1).addDays(-1);
    } else {
        range.unit = Unit::Year;
        range.first = QDate(year, 1, 1);
        range.last = QDate(year, 12, 31);
    }
    return range;
}

ReportRange ReportRange::isoWeek(const QDate& day)
{
    ReportRange range;
    range.unit = Unit::Week;
    range.first = day.addDays(1 - day.dayOfWeek());
    range.last = range.first.addDays(6);
    return range;
}

ReportRange ReportRange::quarter(const QDate& day)
{
    ReportRange range;
    range.unit = Unit::Quarter;
    range.first = QDate(day.year(), 3 * ((day.month() - 1) / 3) + 1, 1);
    range.last = range.first.addMonths(3).addDays(-1);
    return range;
}

QString ReportRange::key() const
{
    switch (unit) {
    case Unit::Week: {
        int year = 0;
        const int week = first.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Unit::Month:
        return first.toString(QStringLiteral("yyyy-MM"));
    case Unit::Quarter:
        return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
    case Unit::Year:
        return QString::number(first.year());
    }
    return {};
}

QString ReportRange::label(const QLocale& locale) const
{
    const QString days = QStringLiteral("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                                       locale.toString(last, QLocale::ShortFormat));
    switch (unit) {
    case Unit::Week: {
        int year = 0;
        const int week = first.weekNumber(&year);
        return tr("Week %1, %2 (%3)").arg(locale.toString(week), QString::number(year), days);
    }
    case Unit::Month:
        return tr("%1 (%2)").arg(locale.toString(first, QStringLiteral("MMMM yyyy")), days);
    case Unit::Quarter:
        return tr("Q%1 %2 (%3)").arg((first.month() - 1) / 3 + 1).arg(first.year()).arg(days);
    case Unit::Year:
        return tr("%1 (%2)").arg(QString::number(first.year()), days);
    }
    return days;
}
