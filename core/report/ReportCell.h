// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

// One cell of a report table: the text shown, and the value written to CSV.
struct ReportCell
{
    QString display;
    QString data;

    ReportCell() = default;
    ReportCell(const QString& text) // NOLINT(google-explicit-constructor): plain text cells read best
        : display(text)
        , data(text)
    {}
    ReportCell(const QString& shown, const QString& value)
        : display(shown)
        , data(value)
    {}

    // Money in minor units of `currency`, shown in whole units; CSV gets major units with the
    // minor digits ("1234.50"). None: "–" and an empty CSV cell.
    static ReportCell money(const std::optional<qint64>& minor, const QString& currency, const QLocale& locale);
    static ReportCell integer(qint64 value, const QLocale& locale);
    // A share 0..1 as a whole percentage; CSV gets the share with four decimals.
    static ReportCell percent(const std::optional<double>& share, const QLocale& locale);
    static ReportCell number(const std::optional<double>& value, int decimals, const QLocale& locale);
    static ReportCell date(const QDate& date, const QLocale& locale);
};
