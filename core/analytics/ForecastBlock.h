// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// "What will we close" for one rep or the team over a quota period, in base-currency minor
// units (DOMAIN.md §4). Open amounts count deals open now whose close date falls in the
// period, forecast category Omitted left out.
struct ForecastBlock
{
    QString ownerId;     // empty: the team (every rep in scope)
    qint64 closed = 0;   // won in the period so far
    qint64 commit = 0;   // open, category Commit
    qint64 bestCase = 0; // open, category Best case
    qint64 weighted = 0; // open, amount × stage probability
    qint64 openPipeline = 0;
    int openDeals = 0;
    std::optional<qint64> quota;
    // Historical win rate (won ÷ (won + lost), by count) over the look-back before now.
    std::optional<double> winRate;

    // Quota minus closed; negative when the quota is exceeded.
    std::optional<qint64> gap() const { return quota ? std::optional<qint64>(*quota - closed) : std::nullopt; }
    std::optional<qint64> remainingQuota() const
    {
        return quota ? std::optional<qint64>(*quota > closed ? *quota - closed : 0) : std::nullopt;
    }
    // Open pipeline ÷ remaining quota; none without a quota or once it is met.
    std::optional<double> coverage() const
    {
        const auto remaining = remainingQuota();
        if (!remaining || *remaining <= 0) {
            return std::nullopt;
        }
        return double(openPipeline) / double(*remaining);
    }
    // The coverage this team needs: 1 ÷ its win rate (the usual "3×" holds at 33 %).
    std::optional<double> neededCoverage() const
    {
        return winRate && *winRate > 0 ? std::optional<double>(1.0 / *winRate) : std::nullopt;
    }
    // The forecast a snapshot keeps and forecast accuracy judges: closed plus commit.
    qint64 forecast() const { return closed + commit; }
};
