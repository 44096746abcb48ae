// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// Money, shares and dates of the funnel and review screens, through QLocale.
namespace ReviewFormat {

// Amounts in minor units of `currency`, shown in whole units (totals) or with the minor unit.
QString money(qint64 minor, const QString& currency, bool withMinorUnit = false);
QString money(const std::optional<qint64>& minor, const QString& currency);
// A signed change: "+1,200" / "−300".
// An amount without its currency, for tables whose heading names the currency once.
QString amount(const std::optional<qint64>& minor, const QString& currency);
QString moneyChange(qint64 minor, const QString& currency);
double majorUnits(qint64 minor, const QString& currency);
// Locales write their own symbol next to the digits ("$5", "5 €"); Dealbench shows the ISO code,
// which needs a (non-breaking) space to stay readable: "USD 5" / "5 USD", never "USD5".
QString spacedCurrency(QString text, const QString& currency);
QString percent(const std::optional<double>& share);
// Coverage: "2.4×".
QString multiple(const std::optional<double>& value);
QString date(const QDate& date);
// Local date and time to the minute: a review list has no use for seconds.
QString dateTime(const QDateTime& utc);
QString days(int days);

} // namespace ReviewFormat
