// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFormat.h"

#include "core/domain/Money.h"
#include "ui/review/ReviewFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace {
double majorOf(double minor, const QString& currency)
{
    return minor / std::pow(10.0, Money::minorDigits(currency));
}
} // namespace

namespace ChartFormat {

QString noData()
{
    return QCoreApplication::translate("ChartFormat", "no data");
}

QString money(qint64 minor, const QString& currency, const QLocale& locale)
{
    return money(double(minor), currency, locale);
}

QString money(double minor, const QString& currency, const QLocale& locale)
{
    if (!std::isfinite(minor)) {
        return noData();
    }
    const int digits = Money::minorDigits(currency);
    // The ISO code rather than the locale's symbol: "$" is ambiguous between currencies.
    return ReviewFormat::spacedCurrency(locale.toCurrencyString(majorOf(minor, currency), currency, digits), currency);
}

QString compactMoney(double minor, const QString& currency, const QLocale& locale)
{
    if (!std::isfinite(minor)) {
        return noData();
    }
    const double major = majorOf(minor, currency);
    const double size = std::abs(major);
    if (size >= 1e6) {
        return QCoreApplication::translate("ChartFormat", "%1 M")
            .arg(locale.toString(major / 1e6, 'f', size >= 1e8 ? 0 : 1));
    }
    if (size >= 1e3) {
        return QCoreApplication::translate("ChartFormat", "%1 k")
            .arg(locale.toString(major / 1e3, 'f', size >= 1e5 ? 0 : 1));
    }
    return locale.toString(major, 'f', 0);
}

QString percent(const std::optional<double>& share, int decimals, const QLocale& locale)
{
    if (!share || !std::isfinite(*share)) {
        return noData();
    }
    return locale.toString(*share * 100.0, 'f', decimals) + QChar::Nbsp + locale.percent();
}

QString count(qint64 value, const QLocale& locale)
{
    return locale.toString(value);
}

QString days(const std::optional<double>& value, const QLocale& locale)
{
    if (!value || !std::isfinite(*value)) {
        return noData();
    }
    return QCoreApplication::translate("ChartFormat", "%1 days").arg(locale.toString(*value, 'f', 1));
}

QString number(const std::optional<double>& value, int decimals, const QLocale& locale)
{
    if (!value || !std::isfinite(*value)) {
        return noData();
    }
    return locale.toString(*value, 'f', decimals);
}

MoneyScale moneyScale(double maxMinor, const QString& currency)
{
    const double major = std::abs(majorOf(maxMinor, currency));
    if (major >= 2e6) {
        return {1e6, QCoreApplication::translate("ChartFormat", "M")};
    }
    if (major >= 2e3) {
        return {1e3, QCoreApplication::translate("ChartFormat", "k")};
    }
    return {1.0, QString()};
}

double scaled(double minor, const QString& currency, const MoneyScale& scale)
{
    return majorOf(minor, currency) / scale.divisor;
}

QString moneyAxisTitle(const QString& what, const QString& currency, const MoneyScale& scale)
{
    const QString unit = scale.unit.isEmpty() ? currency : scale.unit + QChar::Nbsp + currency;
    return QCoreApplication::translate("ChartFormat", "%1 (%2)").arg(what, unit);
}

} // namespace ChartFormat
