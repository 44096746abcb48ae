// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionList.h"

#include <algorithm>
#include <utility>
#include <vector>

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
    // Biggest first, equal amounts in table order. The amounts are sorted rather than the items:
    // moving ten thousand items of four strings each some fourteen times cost more than building them.
    std::vector<std::pair<qint64, qsizetype>> order;
    order.reserve(std::size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        order.emplace_back(items.at(i).amountBase.value_or(-1), i);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<AttentionItem> sorted;
    sorted.reserve(items.size());
    for (const auto& [amount, i] : order) {
        sorted.append(std::move(items[i]));
    }
    return sorted;
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
