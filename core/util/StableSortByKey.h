// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>
#include <utility>
#include <vector>

// Report rows largest key first, rows with equal keys in their order before. Rows with a dozen
// strings are costly to move, and std::stable_sort moves each one some fifteen times at ten
// thousand rows: the keys are sorted with their positions instead, and each row moved once.
// `key(row)` gives a qint64 (or anything ordered and cheap to copy).
template <typename Row, typename KeyOf>
QList<Row> stableSortedByKeyDescending(QList<Row> rows, KeyOf key)
{
    using Key = decltype(key(rows.at(0)));
    std::vector<std::pair<Key, qsizetype>> order;
    order.reserve(std::size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        order.emplace_back(key(rows.at(i)), i);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<Row> sorted;
    sorted.reserve(rows.size());
    for (const auto& entry : order) {
        sorted.append(std::move(rows[entry.second]));
    }
    return sorted;
}
