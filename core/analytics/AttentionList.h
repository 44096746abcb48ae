// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttentionItem.h"
#include "FunnelRow.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

// "Which deals need me" (DOMAIN.md §4): the open deals of the funnel table that are stalled,
// moved back, had their close date pushed later in the period, are past their close date,
// or are big without a champion. One item per deal with all its reasons, biggest first.
namespace AttentionList {

QList<AttentionItem> build(const QList<FunnelRow>& rows,
                           const QDate& today,
                           const std::optional<qint64>& bigDealMinor,
                           const QSet<QString>& dealsWithChampion);

// The amount from which a deal counts as big: the 90th percentile of `amounts`, none with
// fewer than `minimum` amounts.
std::optional<qint64> percentile90(QList<qint64> amounts, int minimum);

} // namespace AttentionList
