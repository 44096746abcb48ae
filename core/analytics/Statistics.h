// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

// The arithmetic every chart shares. A figure that cannot be computed (nothing to divide by,
// no values) is absent rather than 0 or NaN, so a chart can say "no data" instead of lying.
namespace Statistics {

// numerator / denominator; none when the denominator is 0 or a value is not finite.
std::optional<double> ratio(double numerator, double denominator);
// The p-th percentile (0 <= p <= 1) with linear interpolation between closest ranks (the
// spreadsheet PERCENTILE.INC rule); none for no values.
std::optional<double> percentile(QList<double> values, double p);
std::optional<double> median(QList<double> values);
// An index against a baseline, baseline = 100; none when either side is absent or the baseline is 0.
std::optional<double> index(const std::optional<double>& value, const std::optional<double>& baseline);

} // namespace Statistics
