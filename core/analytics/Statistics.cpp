// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include <algorithm>
#include <cmath>

namespace Statistics {

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator == 0.0 || !std::isfinite(numerator) || !std::isfinite(denominator)) {
        return std::nullopt;
    }
    const double value = numerator / denominator;
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

std::optional<double> percentile(QList<double> values, double p)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
                 values.end());
    if (values.isEmpty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(p, 0.0, 1.0) * double(values.size() - 1);
    const auto below = static_cast<qsizetype>(std::floor(rank));
    const auto above = std::min(below + 1, values.size() - 1);
    const double share = rank - double(below);
    return values.at(below) + (values.at(above) - values.at(below)) * share;
}

std::optional<double> median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

std::optional<double> index(const std::optional<double>& value, const std::optional<double>& baseline)
{
    if (!value || !baseline) {
        return std::nullopt;
    }
    const auto share = ratio(*value, *baseline);
    return share ? std::optional<double>(*share * 100.0) : std::nullopt;
}

} // namespace Statistics
