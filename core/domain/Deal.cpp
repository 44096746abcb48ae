// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deal.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {
const std::array<std::pair<LostReason, const char*>, 8> kLostReasonKeys = {{
    {LostReason::None, ""},
    {LostReason::Price, "price"},
    {LostReason::Competitor, "competitor"},
    {LostReason::NoDecision, "no_decision"},
    {LostReason::NoBudget, "no_budget"},
    {LostReason::Timing, "timing"},
    {LostReason::ProductFit, "product_fit"},
    {LostReason::Other, "other"},
}};
} // namespace

QString lostReasonKey(LostReason reason)
{
    for (const auto& [value, key] : kLostReasonKeys) {
        if (value == reason) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

LostReason lostReasonFromKey(const QString& key)
{
    for (const auto& [value, k] : kLostReasonKeys) {
        if (key == QLatin1String(k)) {
            return value;
        }
    }
    return key.isEmpty() ? LostReason::None : LostReason::Other;
}

QString lostReasonDisplayName(LostReason reason)
{
    switch (reason) {
    case LostReason::None:
        return {};
    case LostReason::Price:
        return QCoreApplication::translate("LostReason", "Price");
    case LostReason::Competitor:
        return QCoreApplication::translate("LostReason", "Competitor");
    case LostReason::NoDecision:
        return QCoreApplication::translate("LostReason", "No decision");
    case LostReason::NoBudget:
        return QCoreApplication::translate("LostReason", "No budget");
    case LostReason::Timing:
        return QCoreApplication::translate("LostReason", "Timing");
    case LostReason::ProductFit:
        return QCoreApplication::translate("LostReason", "Product fit");
    case LostReason::Other:
        return QCoreApplication::translate("LostReason", "Other");
    }
    return {};
}
