// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionList.h"

#include "core/util/StableSortByKey.h"

#include <algorithm>
#include <utility>

namespace AttentionList {

QList<AttentionItem> build(const QList<FunnelRow>& rows,
                           const QDate& today,
                           const std::optional<qint64>& bigDealMinor,
                           const QSet<QString>& dealsWithChampion)
{
    QList<AttentionItem> items;
    for (const FunnelRow& row : rows) {
        if (!row.openNow) {
            continue;
        }
        AttentionItem item;
        if (row.stalled) {
            item.reasons << AttentionReason::Stalled;
        }
        if (row.flowState == FlowState::Regressed) {
            item.reasons << AttentionReason::Regressed;
        }
        if (row.closeDate.isValid() && row.closeDateAtStart.isValid() && row.closeDate > row.closeDateAtStart) {
            item.reasons << AttentionReason::SlippedCloseDate;
        }
        if (row.closeDate.isValid() && row.closeDate < today) {
            item.reasons << AttentionReason::CloseDateInPast;
        }
        if (bigDealMinor && row.amountBase && *row.amountBase >= *bigDealMinor &&
            !dealsWithChampion.contains(row.dealId)) {
            item.reasons << AttentionReason::BigDealNoChampion;
        }
        if (item.reasons.isEmpty()) {
            continue;
        }
        item.dealId = row.dealId;
        item.dealName = row.dealName;
        item.accountName = row.accountName;
        item.ownerId = row.ownerId;
        item.amountBase = row.amountBase;
        item.closeDate = row.closeDate;
        item.daysInStage = row.daysInStage;
        items.append(std::move(item));
    }
    // Biggest first, equal amounts in table order.
    return stableSortedByKeyDescending(std::move(items),
                                       [](const AttentionItem& item) { return item.amountBase.value_or(-1); });
}

std::optional<qint64> percentile90(QList<qint64> amounts, int minimum)
{
    if (amounts.size() < minimum || amounts.isEmpty()) {
        return std::nullopt;
    }
    std::sort(amounts.begin(), amounts.end());
    // Nearest rank: the smallest amount with at least 90 % of the amounts at or below it.
    const qsizetype rank = (amounts.size() * 9 + 9) / 10; // ceil(0.9 n)
    return amounts.at(std::max<qsizetype>(rank, 1) - 1);
}

} // namespace AttentionList
