// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityProgress.h"

#include "CurrencyConverter.h"
#include "Statistics.h"

#include <algorithm>
#include <cmath>

namespace ActivityProgress {

ActivityProgressResult compute(const QList<MilestoneProgressRow>& deals,
                               const QHash<QString, int>& interactions,
                               const QHash<QString, int>& openDealsByOwner,
                               const ChartFilter& filter,
                               const CurrencyConverter& converter,
                               const QTimeZone& zone)
{
    ActivityProgressResult result;
    result.baseCurrency = converter.baseCurrency();
    const QDate first = filter.period.start.toTimeZone(zone).date();
    const QDate last = filter.period.end.addMSecs(-1).toTimeZone(zone).date();
    QList<double> counts;
    int totalInteractions = 0;
    int totalMilestones = 0;
    for (const MilestoneProgressRow& row : deals) {
        if (!filter.includesOwner(row.ownerId)) {
            continue;
        }
        ActivityPoint point;
        point.dealId = row.dealId;
        point.name = row.name;
        point.ownerId = row.ownerId;
        point.stageId = row.stageId;
        if (const auto base = converter.toBase(row.amount)) {
            point.amountMinor = *base;
        } else {
            result.unconverted.insert(row.amount.currency);
        }
        point.interactions = interactions.value(row.dealId);
        for (const QDate& done : row.milestonesDone) {
            if (done.isValid() && done <= last) {
                ++point.milestonesDone;
                if (done >= first) {
                    ++point.milestonesInPeriod;
                }
            }
        }
        counts.append(point.interactions);
        totalInteractions += point.interactions;
        totalMilestones += point.milestonesInPeriod;
        result.deals.append(std::move(point));
    }
    // A deal has at most one live sheet (strategy_sheets_deal is unique), so the open deals of
    // the owners shown less the sheet deals shown are those without one: counted from the
    // open deals per owner, one pass over an index, not a sheet lookup per open deal.
    for (auto it = openDealsByOwner.cbegin(); it != openDealsByOwner.cend(); ++it) {
        if (filter.includesOwner(it.key())) {
            result.dealsWithoutSheet += it.value();
        }
    }
    result.dealsWithoutSheet = std::max(0, result.dealsWithoutSheet - int(result.deals.size()));
    const double median = Statistics::median(counts).value_or(0.0);
    result.busyThreshold = std::max(kMinimumBusyThreshold, int(std::ceil(median)));
    for (ActivityPoint& point : result.deals) {
        point.busyWithoutProgress = point.interactions >= result.busyThreshold && point.milestonesInPeriod == 0;
        if (point.busyWithoutProgress) {
            ++result.busyWithoutProgress;
            result.busyWithoutProgressAmountMinor += point.amountMinor;
        }
    }
    result.interactionsPerMilestone = Statistics::ratio(totalInteractions, totalMilestones);
    return result;
}

} // namespace ActivityProgress
