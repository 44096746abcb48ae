// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealTimeline.h"

#include "core/util/Timestamp.h"

namespace {
bool isStageChange(const DealEvent& event)
{
    return event.field == DealEventField::Stage || event.field == DealEventField::Created;
}
} // namespace

DealState DealTimeline::stateBefore(const QDateTime& t) const
{
    DealState state = current;
    if (createdAt.isValid() && createdAt >= t) {
        state.exists = false;
    }
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const DealEvent& event = *it;
        if (event.occurredAt < t) {
            break;
        }
        switch (event.field) {
        case DealEventField::Created:
            state.exists = false;
            break;
        case DealEventField::Stage:
            state.stageId = event.oldValue;
            break;
        case DealEventField::Amount:
            state.amount.minor = event.oldValue.toLongLong();
            break;
        case DealEventField::Currency:
            state.amount.currency = event.oldValue;
            break;
        case DealEventField::CloseDate:
            state.closeDate = Timestamp::dateFromStorage(event.oldValue);
            break;
        case DealEventField::Owner:
            state.ownerId = event.oldValue;
            break;
        case DealEventField::ForecastCategory:
            state.forecastCategory = forecastCategoryFromKey(event.oldValue).value_or(ForecastCategory::Pipeline);
            break;
        }
    }
    return state;
}

QDateTime DealTimeline::stageEnteredBefore(const QDateTime& t) const
{
    bool laterChange = false;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (!isStageChange(*it)) {
            continue;
        }
        if (it->occurredAt < t) {
            return it->occurredAt;
        }
        laterChange = true;
    }
    return laterChange ? QDateTime() : stageEnteredAt;
}

bool DealTimeline::createdIn(const QDateTime& start, const QDateTime& end) const
{
    for (const DealEvent& event : events) {
        if (event.field == DealEventField::Created) {
            return event.occurredAt >= start && event.occurredAt < end;
        }
    }
    return createdAt.isValid() && createdAt >= start && createdAt < end;
}
