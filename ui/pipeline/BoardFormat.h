// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

// How the pipeline board writes money, dates and people, through QLocale.
namespace BoardFormat {

// "$12,500.00", "€3,000.00", "CHF 900.00": the locale's symbol for its own currency, a
// well-known symbol for a few others, else the ISO code.
QString money(const Money& money, const QLocale& locale = {});
// Whole units only, for column headers: "$1,234,568".
QString wholeMoney(qint64 minor, const QString& currency, const QLocale& locale = {});
QString currencySymbol(const QString& currency, const QLocale& locale = {});
// "12 Dec" within the current year, "12 Dec 2027" otherwise.
QString shortDate(const QDate& date, const QDate& today, const QLocale& locale = {});
// "AB" for "Anna Berg", "王" for "王伟"; at most two letters.
QString initials(const QString& name);

} // namespace BoardFormat
