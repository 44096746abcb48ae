// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ForecastBlock.h"
#include "ForecastPeriod.h"

#include "core/domain/DealTimeline.h"
#include "core/storage/DealHistoryQuery.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class CurrencyConverter;
class QuotaBook;
class StageIndex;

// The forecast block of the funnel table and of a review snapshot, per rep and for the team.
namespace Forecast {

struct Inputs
{
    ForecastPeriod period;
    // Every deal open now, as it is now (state at the moment the forecast is made).
    QList<DealState> openDeals;
    // Won so far in the period and, for win rates, closed over the look-back, per owner.
    QList<ClosedTotal> won;
    QHash<QString, ClosedCounts> closedCounts;
    // The reps to show; empty: every owner that has a deal, a win or a quota. The team block
    // adds up the reps in scope (every deal, unowned ones too, when the scope is empty).
    QStringList ownerIds;
};

struct Result
{
    ForecastBlock team;
    QList<ForecastBlock> reps;
    QSet<QString> unconverted; // currencies left out for want of an exchange rate
};

Result
compute(const Inputs& inputs, const CurrencyConverter& converter, const StageIndex& stages, const QuotaBook& quotas);

} // namespace Forecast
