// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFilter.h"

#include "core/storage/OutcomeQuery.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class CurrencyConverter;

// Win rate of the deals closed in the period that share one value (a segment, a source ...).
struct WinRateGroup
{
    QString key; // empty: not recorded
    int won = 0;
    int lost = 0;
    qint64 wonAmountMinor = 0;
    std::optional<double> winRate;

    int closed() const { return won + lost; }
};

struct LostReasonCount
{
    QString reason; // LostReason key; empty when not recorded
    int deals = 0;
    qint64 amountMinor = 0;
};

struct WinLossResult
{
    QString baseCurrency;
    int won = 0;
    int lost = 0;
    std::optional<double> winRate;
    // Each ordered by closed deals, most first.
    QList<WinRateGroup> bySegment;
    QList<WinRateGroup> byIndustry;
    QList<WinRateGroup> bySource;
    // Won: competitors the strategy sheet names (beaten); lost: the competitor that won.
    QList<WinRateGroup> byCompetitor;
    QList<LostReasonCount> lostReasons; // most first
    QSet<QString> unconverted;

    bool isEmpty() const { return won + lost == 0; }
};

namespace WinLossMetrics {

WinLossResult compute(const QList<ClosedDealRow>& closed,
                      const QHash<QString, WonSheetFacts>& sheets,
                      const ChartFilter& filter,
                      const CurrencyConverter& converter);

} // namespace WinLossMetrics
