// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

// Money, shares and dates of the funnel and review screens, through QLocale.
namespace ReviewFormat {

// Amounts in minor units of `currency`, shown in whole units (totals) or with the minor unit.
QString money(qint64 minor, const QString& currency, bool withMinorUnit = false);
QString money(const std::optional<qint64>& minor, const QString& currency);
// A signed change: "+1,200" / "−300".
QString moneyChange(qint64 minor, const QString& currency);
double majorUnits(qint64 minor, const QString& currency);
QString percent(const std::optional<double>& share);
// Coverage: "2.4×".
QString multiple(const std::optional<double>& value);
QString date(const QDate& date);
QString days(int days);

} // namespace ReviewFormat
