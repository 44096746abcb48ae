// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelMetrics.h"

#include "CurrencyConverter.h"

#include <QHash>

#include <cmath>

int FunnelResult::deals() const
{
    int total = 0;
    for (const FunnelStage& stage : stages) {
        total += stage.deals;
    }
    return total;
}

qint64 FunnelResult::amountMinor() const
{
    qint64 total = 0;
    for (const FunnelStage& stage : stages) {
        total += stage.amountMinor;
    }
    return total;
}

qint64 FunnelResult::weightedMinor() const
{
    qint64 total = 0;
    for (const FunnelStage& stage : stages) {
        total += stage.weightedMinor;
    }
    return total;
}

namespace FunnelMetrics {

FunnelResult compute(const Pipeline& pipeline,
                     const QList<StageTotalRow>& totals,
                     const StageConversionResult& conversion,
                     const ChartFilter& filter,
                     const CurrencyConverter& converter)
{
    FunnelResult result;
    result.baseCurrency = converter.baseCurrency();
    QHash<QString, qsizetype> position;
    for (const Stage& stage : pipeline.openStages()) {
        FunnelStage bar;
        bar.stageId = stage.id;
        bar.name = stage.name;
        bar.probability = stage.probability;
        if (const StageConversionStage* converted = conversion.stage(stage.id)) {
            bar.exits = converted->exits;
            bar.conversion = converted->conversion;
        }
        position.insert(stage.id, result.stages.size());
        result.stages.append(bar);
    }
    for (const StageTotalRow& row : totals) {
        const auto it = position.constFind(row.stageId);
        if (it == position.cend() || !filter.includesOwner(row.ownerId)) {
            continue;
        }
        FunnelStage& bar = result.stages[*it];
        bar.deals += row.deals;
        if (const auto base = converter.toBase(Money{row.amountMinor, row.currency})) {
            bar.amountMinor += *base;
        } else {
            result.unconverted.insert(row.currency);
        }
    }
    for (FunnelStage& bar : result.stages) {
        // Weighted once per stage from the converted total, so it rounds once.
        bar.weightedMinor = std::llround(double(bar.amountMinor) * bar.probability / 100.0);
    }
    return result;
}

} // namespace FunnelMetrics
