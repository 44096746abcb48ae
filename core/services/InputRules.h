// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <initializer_list>

// The limits every service applies to what a person types (issue 10), the same ones the
// merge applies to a team member's file (MergeValidator), so whatever one accepts the other
// does too. Each check returns a message for the user, or an empty string when fine.
namespace InputRules {

// Any free text: notes, names, objectives. Longer is a paste gone wrong.
inline constexpr int maxTextLength = 100000;
// Dates and times outside these years are typing or conversion errors.
inline constexpr int earliestYear = 1900;
inline constexpr int latestYear = 2200;
// Ten billion major units of a two-digit currency; a million of them still sum within 64 bits.
inline constexpr qint64 maxAmountMinor = 1'000'000'000'000LL;

QString checkText(const QString& text, const QString& field);
// A null date passes (the field is optional); an invalid or out-of-range one does not.
QString checkDate(const QDate& date, const QString& field);
QString checkTime(const QDateTime& time, const QString& field);
// 0 ..= maxAmountMinor
QString checkAmount(qint64 minor, const QString& field);
// The first non-empty message.
QString first(std::initializer_list<QString> problems);

} // namespace InputRules
