// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// How the charts write numbers: through QLocale (separators, decimal mark, month names) and
// tr(). Absent figures read "no data", never NaN.
namespace ChartFormat {

// An exact amount in base-currency minor units: "USD 1,234,567.89" / "1.234.567,89 EUR".
QString money(qint64 minor, const QString& currency, const QLocale& locale = {});
QString money(double minor, const QString& currency, const QLocale& locale = {});
// A short amount for labels: "1.2 M", "350 k", "980" (no currency).
QString compactMoney(double minor, const QString& currency, const QLocale& locale = {});
QString percent(const std::optional<double>& share, int decimals = 0, const QLocale& locale = {});
QString count(qint64 value, const QLocale& locale = {});
QString days(const std::optional<double>& days, const QLocale& locale = {});
QString number(const std::optional<double>& value, int decimals, const QLocale& locale = {});
QString noData();

// A divisor for a money axis so that its labels stay short: 1, 1e3 or 1e6 major units.
struct MoneyScale
{
    double divisor = 1.0; // in major units
    QString unit;         // "", "k", "M"
};
MoneyScale moneyScale(double maxMinor, const QString& currency);
// minor units → the scaled axis value
double scaled(double minor, const QString& currency, const MoneyScale& scale);
// "Amount (k USD)"
QString moneyAxisTitle(const QString& what, const QString& currency, const MoneyScale& scale);

} // namespace ChartFormat
