// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Owner.h"
#include "core/storage/LeadFunnelQuery.h"
#include "core/storage/OutcomeQuery.h"

#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

class CurrencyConverter;

// The levers of the performance formula (DOMAIN.md §7): collections = leads × lead→opportunity
// rate × win rate × average deal size × collection ratio; the sixth lever is the cycle length.
enum class Lever
{
    Leads,
    LeadConversion,
    WinRate,
    DealSize,
    CollectionRatio,
    CycleLength,
};

inline constexpr int kLeverCount = 6;

struct PerformanceFactors
{
    int leads = 0;
    int opportunities = 0; // leads that became deals
    int won = 0;
    int lost = 0;
    qint64 wonAmountMinor = 0;            // base currency
    std::optional<double> leadConversion; // opportunities / leads
    std::optional<double> winRate;        // won / (won + lost)
    std::optional<double> dealSize;       // won amount / won deals, base minor units
    double collectionRatio = 1.0;         // received / won amount; 1 without collection data
    bool collectionKnown = false;         // some won deal has payments recorded
    std::optional<double> cycleDays;      // mean days from creation to win of the won deals
    std::optional<double> collections;    // the formula's product, base minor units

    // The lever's value as the formula uses it; leads as a count.
    std::optional<double> value(Lever lever) const;
};

struct RepPerformance
{
    QString ownerId;
    QString name;
    PerformanceFactors factors;
    // Each lever against the team = 100 (leads against the team's average per rep; the cycle
    // inverted, so that above 100 is better everywhere). None where either side has no data.
    std::array<std::optional<double>, kLeverCount> index{};
    std::optional<Lever> weakest; // the lever with the lowest index
};

struct PerformanceResult
{
    QString baseCurrency;
    int periodDays = 0;
    PerformanceFactors team;
    int teamReps = 0; // owners the team's per-rep lead average divides by
    QList<RepPerformance> reps;
    QSet<QString> unconverted;

    bool isEmpty() const { return team.leads == 0 && team.won == 0 && team.lost == 0; }
    bool collectionsKnown() const { return team.collectionKnown; }
};

namespace PerformanceFormula {

QList<Lever> levers();
QString leverName(Lever lever);
PerformanceFactors factors(int leads,
                           int opportunities,
                           int won,
                           int lost,
                           qint64 wonAmountMinor,
                           const std::optional<double>& cycleDays,
                           const std::optional<double>& collectionRatio = std::nullopt);
// `shown`: the owners to list (empty: everyone); `team`: the owners the index compares with
// (empty: everyone). Leads and closed deals are those of the period; collections those of
// the deals won in it.
PerformanceResult compute(const QList<LeadSourceRow>& leads,
                          const QList<ClosedDealRow>& closed,
                          const QList<CollectionTotalRow>& collections,
                          const QList<Owner>& owners,
                          const QSet<QString>& shown,
                          const QSet<QString>& team,
                          const CurrencyConverter& converter,
                          int periodDays);

} // namespace PerformanceFormula
