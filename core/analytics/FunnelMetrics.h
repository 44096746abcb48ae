// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFilter.h"
#include "StageConversion.h"

#include "core/domain/Pipeline.h"
#include "core/storage/StageHistoryQuery.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class CurrencyConverter;

// One bar of the funnel: the open deals in a stage now, and how the stage converted over the period.
struct FunnelStage
{
    QString stageId;
    QString name;
    int probability = 0;
    int deals = 0;
    qint64 amountMinor = 0;           // base currency
    qint64 weightedMinor = 0;         // amount × the stage's default probability
    int exits = 0;                    // deals that left the stage in the period
    std::optional<double> conversion; // share of those that moved forward
};

struct FunnelResult
{
    QString baseCurrency;
    QList<FunnelStage> stages; // the pipeline's open stages in order
    QSet<QString> unconverted; // currencies without an exchange rate, left out of the amounts

    int deals() const;
    qint64 amountMinor() const;
    qint64 weightedMinor() const;
    bool isEmpty() const { return deals() == 0; }
};

namespace FunnelMetrics {

FunnelResult compute(const Pipeline& pipeline,
                     const QList<StageTotalRow>& totals,
                     const StageConversionResult& conversion,
                     const ChartFilter& filter,
                     const CurrencyConverter& converter);

} // namespace FunnelMetrics
