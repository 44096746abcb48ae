// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Parsers for the values found in other systems' CSV files. Each returns nothing for text it
// cannot read, so the import preview can mark the cell.
namespace ImportValues {

enum class DateOrder
{
    Auto,       // decided per value where possible, else month first
    MonthFirst, // US: 3/5/2026 is 5 March
    DayFirst,   // European: 3/5/2026 is 3 May
};

enum class NumberStyle
{
    Auto,         // "1,234.5", "1.234,5", "1 234,5": the last separator followed by 1-2 digits is decimal
    DecimalPoint, // "1,234.50"
    DecimalComma, // "1.234,50"
};

enum class ProbabilityScale
{
    Auto,     // decided per column by detectProbabilityScale()
    Fraction, // 0-1
    Percent,  // 0-100
};

struct Amount
{
    qint64 minor = 0;
    QString currency; // from a symbol or ISO code in the text; empty when none
};

// "$1,234.56", "1.234,56 €", "EUR 1 234,56", "(1,200)", "-5", "¥1,200", "1234".
std::optional<Amount> parseAmount(const QString& text, const QString& defaultCurrency, NumberStyle style);
// A point in time: ISO ("2026-03-05", "2026-03-05 14:22:10", "2026-03-05T14:22:10Z"), US
// ("3/5/2026", "03/05/2026 2:15 PM"), European ("05.03.2026", "5/3/2026"), Chinese
// ("2026年3月5日", "2026/3/5"). Times without a zone are UTC.
std::optional<QDateTime> parseDateTime(const QString& text, DateOrder order);
std::optional<QDate> parseDate(const QString& text, DateOrder order);
// The order that reads every sample: DayFirst when some value has a first part above 12,
// MonthFirst when some has a second part above 12, else `fallback`.
DateOrder detectDateOrder(const QStringList& samples, DateOrder fallback = DateOrder::MonthFirst);
// Win probability in percent (0-100): "45%", "45", "0.45" (with Fraction).
std::optional<int> parseProbability(const QString& text, ProbabilityScale scale);
// Fraction when every non-empty sample is at most 1 and some has a decimal point.
ProbabilityScale detectProbabilityScale(const QStringList& samples);
// "true", "1", "yes", "x", "是" and their opposites.
std::optional<bool> parseBool(const QString& text);

} // namespace ImportValues
