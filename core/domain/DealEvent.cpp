// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealEvent.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<DealEventField, const char*>, 7> kFieldKeys = {{
    {DealEventField::Created, "created"},
    {DealEventField::Stage, "stage"},
    {DealEventField::Amount, "amount"},
    {DealEventField::Currency, "currency"},
    {DealEventField::CloseDate, "close_date"},
    {DealEventField::Owner, "owner"},
    {DealEventField::ForecastCategory, "forecast_category"},
}};
} // namespace

QString dealEventFieldKey(DealEventField field)
{
    for (const auto& [value, key] : kFieldKeys) {
        if (value == field) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

DealEventField dealEventFieldFromKey(const QString& key)
{
    for (const auto& [value, k] : kFieldKeys) {
        if (key == QLatin1String(k)) {
            return value;
        }
    }
    return DealEventField::Created;
}
