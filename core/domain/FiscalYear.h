// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// A fiscal year: twelve months from the first day of `startMonth` in `year`. The start month
// comes from the FiscalYearStartMonth setting and is passed in, never read here, so that
// core computations stay independent of the user's settings.
struct FiscalYear
{
    int year = 0;       // the calendar year in which the fiscal year starts
    int startMonth = 1; // 1 = January

    // The fiscal year that contains `day`.
    static FiscalYear containing(const QDate& day, int startMonth);
    QDate first() const;
    QDate last() const;
    bool contains(const QDate& day) const { return day >= first() && day <= last(); }
    bool isValid() const { return year >= 1900 && year <= 9999 && startMonth >= 1 && startMonth <= 12; }
    // "FY2026" for a calendar fiscal year, "FY2026/27" when it spans two calendar years.
    QString label() const;
    // Share of the year's days that passed by the end of `day`: 0 before, 1 after.
    double elapsedShare(const QDate& day) const;

    friend bool operator==(const FiscalYear&, const FiscalYear&) = default;
};
