// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Forecast.h"

#include "CurrencyConverter.h"
#include "QuotaBook.h"
#include "StageIndex.h"

#include <QSet>

#include <algorithm>

namespace Forecast {

namespace {
std::optional<double> winRateOf(const ClosedCounts& counts)
{
    const int closed = counts.won + counts.lost;
    return closed > 0 ? std::optional<double>(double(counts.won) / closed) : std::nullopt;
}
} // namespace

Result
compute(const Inputs& inputs, const CurrencyConverter& converter, const StageIndex& stages, const QuotaBook& quotas)
{
    Result result;
    const bool everyone = inputs.ownerIds.isEmpty();
    const QSet<QString> scope(inputs.ownerIds.cbegin(), inputs.ownerIds.cend());
    QHash<QString, ForecastBlock> blocks;
    QStringList order = inputs.ownerIds;
    auto blockOf = [&](const QString& ownerId) -> ForecastBlock* {
        if (!everyone && !scope.contains(ownerId)) {
            return nullptr;
        }
        auto it = blocks.find(ownerId);
        if (it == blocks.end()) {
            it = blocks.insert(ownerId, ForecastBlock{});
            it->ownerId = ownerId;
            if (everyone) {
                order.append(ownerId);
            }
        }
        return &*it;
    };
    for (const QString& id : inputs.ownerIds) {
        blockOf(id);
    }
    if (everyone) {
        for (const QString& id : quotas.owners()) {
            if (quotas.quota(id, inputs.period)) {
                blockOf(id);
            }
        }
    }

    for (const DealState& deal : inputs.openDeals) {
        if (!deal.closeDate.isValid() || !inputs.period.contains(deal.closeDate) ||
            deal.forecastCategory == ForecastCategory::Omitted) {
            continue;
        }
        ForecastBlock* block = blockOf(deal.ownerId);
        if (!block) {
            continue;
        }
        const std::optional<qint64> base = converter.toBase(deal.amount);
        if (!base) {
            result.unconverted.insert(deal.amount.currency);
            continue;
        }
        const Stage* stage = stages.find(deal.stageId);
        const qint64 weighted = stage ? *base * stage->probability / 100 : 0;
        for (ForecastBlock* target : {block, &result.team}) {
            target->openPipeline += *base;
            target->weighted += weighted;
            ++target->openDeals;
            if (deal.forecastCategory == ForecastCategory::Commit) {
                target->commit += *base;
            } else if (deal.forecastCategory == ForecastCategory::BestCase) {
                target->bestCase += *base;
            }
        }
    }
    for (const ClosedTotal& won : inputs.won) {
        ForecastBlock* block = blockOf(won.ownerId);
        if (!block) {
            continue;
        }
        const std::optional<qint64> base = converter.toBase(Money{won.amountMinor, won.currency});
        if (!base) {
            result.unconverted.insert(won.currency);
            continue;
        }
        block->closed += *base;
        result.team.closed += *base;
    }
    ClosedCounts teamCounts;
    for (auto it = inputs.closedCounts.cbegin(); it != inputs.closedCounts.cend(); ++it) {
        if (!everyone && !scope.contains(it.key())) {
            continue;
        }
        teamCounts.won += it->won;
        teamCounts.lost += it->lost;
        if (ForecastBlock* block = blockOf(it.key())) {
            block->winRate = winRateOf(*it);
        }
    }
    result.team.winRate = winRateOf(teamCounts);

    std::optional<qint64> teamQuota;
    for (const QString& ownerId : std::as_const(order)) {
        ForecastBlock& block = blocks[ownerId];
        if (ownerId.isEmpty()) {
            continue; // unowned deals have no quota
        }
        if (const std::optional<Money> quota = quotas.quota(ownerId, inputs.period)) {
            if (const std::optional<qint64> base = converter.toBase(*quota)) {
                block.quota = base;
                teamQuota = teamQuota.value_or(0) + *base;
            } else {
                result.unconverted.insert(quota->currency);
            }
        }
    }
    result.team.quota = teamQuota;
    for (const QString& ownerId : std::as_const(order)) {
        result.reps.append(blocks.value(ownerId));
    }
    return result;
}

} // namespace Forecast
