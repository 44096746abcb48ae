// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFilter.h"

#include "core/storage/ActivityQuery.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

class CurrencyConverter;

// Activity against progress (DOMAIN.md §3: progress, not activity): for each open deal with a
// strategy sheet, the interactions held in the period against its decision milestones.
struct ActivityPoint
{
    QString dealId;
    QString name;
    QString ownerId;
    QString stageId;
    qint64 amountMinor = 0;     // base currency; 0 when it could not be converted
    int interactions = 0;       // held in the period
    int milestonesDone = 0;     // of 5, by the end of the period
    int milestonesInPeriod = 0; // reached in the period
    bool busyWithoutProgress = false;

    double progress() const { return milestonesDone / 5.0; }
};

struct ActivityProgressResult
{
    QString baseCurrency;
    QList<ActivityPoint> deals;
    int dealsWithoutSheet = 0;
    // A deal is busy without progress with at least this many interactions in the period
    // (the median deal's count, at least 3) and no milestone reached in it.
    int busyThreshold = 3;
    int busyWithoutProgress = 0;
    qint64 busyWithoutProgressAmountMinor = 0;
    std::optional<double> interactionsPerMilestone; // over all deals shown
    QSet<QString> unconverted;

    bool isEmpty() const { return deals.isEmpty(); }
};

namespace ActivityProgress {

inline constexpr int kMinimumBusyThreshold = 3;

ActivityProgressResult compute(const QList<MilestoneProgressRow>& deals,
                               const QHash<QString, int>& interactions,
                               const QHash<QString, int>& openDealsByOwner,
                               const ChartFilter& filter,
                               const CurrencyConverter& converter,
                               const QTimeZone& zone);

} // namespace ActivityProgress
