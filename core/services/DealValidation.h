// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct Deal;
struct Pipeline;

// Rules a deal must satisfy before the store accepts it. Returns an empty string when
// the deal is valid, otherwise a message for the user.
namespace DealValidation {

inline constexpr int maxNameLength = 500;
// Far above any real deal, far below qint64 overflow in sums; the limit of InputRules and
// of the merge, so a deal typed in is never refused when merged.
inline constexpr qint64 maxAmountMinor = 1'000'000'000'000LL;

QString check(const Deal& deal, const Pipeline* pipeline);
bool isCurrencyCode(const QString& code);

} // namespace DealValidation
