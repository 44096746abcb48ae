// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

namespace {
template <class... F>
struct Overloaded : F...
{
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;
} // namespace

QSet<QString> ChartData::unconverted() const
{
    return std::visit(Overloaded{[](const std::monostate&) { return QSet<QString>(); },
                                 [](const StageConversionResult&) { return QSet<QString>(); },
                                 [](const LeadSourceResult&) { return QSet<QString>(); },
                                 [](const CalibrationResult&) { return QSet<QString>(); },
                                 [](const ForecastResults& r) { return r.months.unconverted + r.quarters.unconverted; },
                                 [](const auto& r) {
                                     return r.unconverted;
                                 }},
                      result);
}

bool ChartData::isEmpty() const
{
    return std::visit(
        Overloaded{[](const std::monostate&) { return true; },
                   [](const Waterfall& w) { return w.startDeals == 0 && w.endDeals == 0 && w.addedDeals == 0; },
                   [](const ForecastResults& r) { return r.months.isEmpty() && r.quarters.isEmpty(); },
                   [](const auto& r) {
                       return r.isEmpty();
                   }},
        result);
}
