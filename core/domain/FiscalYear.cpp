// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FiscalYear.h"

#include <QtGlobal>

FiscalYear FiscalYear::containing(const QDate& day, int startMonth)
{
    const int month = qBound(1, startMonth, 12);
    return FiscalYear{day.month() >= month ? day.year() : day.year() - 1, month};
}

QDate FiscalYear::first() const
{
    return QDate(year, startMonth, 1);
}

QDate FiscalYear::last() const
{
    return first().addYears(1).addDays(-1);
}

QString FiscalYear::label() const
{
    if (startMonth == 1) {
        return QStringLiteral("FY%1").arg(year);
    }
    return QStringLiteral("FY%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
}

double FiscalYear::elapsedShare(const QDate& day) const
{
    const qint64 total = first().daysTo(last()) + 1;
    const qint64 passed = qBound<qint64>(0, first().daysTo(day) + 1, total);
    return static_cast<double>(passed) / static_cast<double>(total);
}
