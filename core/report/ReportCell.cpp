// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCell.h"

#include "core/domain/Money.h"

#include <cmath>

namespace {
const QString kNone = QStringLiteral("–");
}

ReportCell ReportCell::money(const std::optional<qint64>& minor, const QString& currency, const QLocale& locale)
{
    if (!minor) {
        return {kNone, QString()};
    }
    const Money value{*minor, currency};
    const int digits = Money::minorDigits(currency);
    return {locale.toString(std::round(value.majorUnits()), 'f', 0), QString::number(value.majorUnits(), 'f', digits)};
}

ReportCell ReportCell::integer(qint64 value, const QLocale& locale)
{
    return {locale.toString(value), QString::number(value)};
}

ReportCell ReportCell::percent(const std::optional<double>& share, const QLocale& locale)
{
    if (!share) {
        return {kNone, QString()};
    }
    return {locale.toString(std::round(*share * 100.0), 'f', 0) + QStringLiteral(" %"),
            QString::number(*share, 'f', 4)};
}

ReportCell ReportCell::number(const std::optional<double>& value, int decimals, const QLocale& locale)
{
    if (!value) {
        return {kNone, QString()};
    }
    return {locale.toString(*value, 'f', decimals), QString::number(*value, 'f', decimals)};
}

ReportCell ReportCell::date(const QDate& date, const QLocale& locale)
{
    if (!date.isValid()) {
        return {kNone, QString()};
    }
    return {locale.toString(date, QLocale::ShortFormat), date.toString(Qt::ISODate)};
}
