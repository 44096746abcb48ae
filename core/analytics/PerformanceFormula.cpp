// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PerformanceFormula.h"

#include "CurrencyConverter.h"
#include "Statistics.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {
constexpr double kMsecsPerDay = 86400000.0;

struct Tally
{
    int leads = 0;
    int opportunities = 0;
    int won = 0;
    int lost = 0;
    qint64 wonAmount = 0;
    double cycleDaysSum = 0;
    int cycles = 0;
    int payments = 0;
    qint64 received = 0;

    void add(const Tally& other)
    {
        leads += other.leads;
        opportunities += other.opportunities;
        won += other.won;
        lost += other.lost;
        wonAmount += other.wonAmount;
        cycleDaysSum += other.cycleDaysSum;
        cycles += other.cycles;
        payments += other.payments;
        received += other.received;
    }
    PerformanceFactors factors() const
    {
        const auto collectionRatio =
            payments > 0 ? Statistics::ratio(double(received), double(wonAmount)) : std::nullopt;
        return PerformanceFormula::factors(
            leads, opportunities, won, lost, wonAmount, Statistics::ratio(cycleDaysSum, cycles), collectionRatio);
    }
};
} // namespace

std::optional<double> PerformanceFactors::value(Lever lever) const
{
    switch (lever) {
    case Lever::Leads:
        return double(leads);
    case Lever::LeadConversion:
        return leadConversion;
    case Lever::WinRate:
        return winRate;
    case Lever::DealSize:
        return dealSize;
    case Lever::CollectionRatio:
        return collectionKnown ? std::optional<double>(collectionRatio) : std::nullopt;
    case Lever::CycleLength:
        return cycleDays;
    }
    return std::nullopt;
}

namespace PerformanceFormula {

QList<Lever> levers()
{
    return {Lever::Leads,
            Lever::LeadConversion,
            Lever::WinRate,
            Lever::DealSize,
            Lever::CollectionRatio,
            Lever::CycleLength};
}

QString leverName(Lever lever)
{
    switch (lever) {
    case Lever::Leads:
        return QCoreApplication::translate("PerformanceFormula", "Leads");
    case Lever::LeadConversion:
        return QCoreApplication::translate("PerformanceFormula", "Lead → opportunity");
    case Lever::WinRate:
        return QCoreApplication::translate("PerformanceFormula", "Win rate");
    case Lever::DealSize:
        return QCoreApplication::translate("PerformanceFormula", "Average deal size");
    case Lever::CollectionRatio:
        return QCoreApplication::translate("PerformanceFormula", "Collection ratio");
    case Lever::CycleLength:
        return QCoreApplication::translate("PerformanceFormula", "Cycle length");
    }
    return {};
}

PerformanceFactors factors(int leads,
                           int opportunities,
                           int won,
                           int lost,
                           qint64 wonAmountMinor,
                           const std::optional<double>& cycleDays,
                           const std::optional<double>& collectionRatio)
{
    PerformanceFactors f;
    f.leads = leads;
    f.opportunities = opportunities;
    f.won = won;
    f.lost = lost;
    f.wonAmountMinor = wonAmountMinor;
    f.leadConversion = Statistics::ratio(opportunities, leads);
    f.winRate = Statistics::ratio(won, won + lost);
    f.dealSize = Statistics::ratio(double(wonAmountMinor), won);
    f.cycleDays = cycleDays;
    if (collectionRatio) {
        f.collectionRatio = *collectionRatio;
        f.collectionKnown = true;
    }
    if (f.leadConversion && f.winRate && f.dealSize) {
        f.collections = double(leads) * *f.leadConversion * *f.winRate * *f.dealSize * f.collectionRatio;
    }
    return f;
}

PerformanceResult compute(const QList<LeadSourceRow>& leads,
                          const QList<ClosedDealRow>& closed,
                          const QList<CollectionTotalRow>& collections,
                          const QList<Owner>& owners,
                          const QSet<QString>& shown,
                          const QSet<QString>& team,
                          const CurrencyConverter& converter,
                          int periodDays)
{
    PerformanceResult result;
    result.baseCurrency = converter.baseCurrency();
    result.periodDays = periodDays;
    QHash<QString, Tally> tallies;
    for (const LeadSourceRow& row : leads) {
        Tally& t = tallies[row.ownerId];
        t.leads += row.leads;
        t.opportunities += row.converted;
    }
    for (const ClosedDealRow& row : closed) {
        Tally& t = tallies[row.ownerId];
        if (!row.won) {
            ++t.lost;
            continue;
        }
        const auto base = converter.toBase(row.amount);
        if (!base) {
            // A win we cannot value would drag the average deal size down; leave it out whole.
            result.unconverted.insert(row.amount.currency);
            continue;
        }
        ++t.won;
        t.wonAmount += *base;
        if (row.createdMs > 0 && row.closedMs >= row.createdMs) {
            t.cycleDaysSum += double(row.closedMs - row.createdMs) / kMsecsPerDay;
            ++t.cycles;
        }
    }
    for (const CollectionTotalRow& row : collections) {
        Tally& t = tallies[row.ownerId];
        t.payments += row.payments;
        if (const auto base = converter.toBase(Money{row.receivedMinor, row.currency})) {
            t.received += *base;
        } else {
            result.unconverted.insert(row.currency);
        }
    }

    auto inTeam = [&team](const QString& id) {
        return team.isEmpty() || team.contains(id);
    };
    Tally teamTally;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        if (inTeam(it.key())) {
            teamTally.add(it.value());
        }
    }
    for (const Owner& owner : owners) {
        if (inTeam(owner.id) && (owner.role == OwnerRole::Rep || tallies.contains(owner.id))) {
            ++result.teamReps;
        }
    }
    result.team = teamTally.factors();
    const auto leadsPerRep = Statistics::ratio(teamTally.leads, result.teamReps);

    for (const Owner& owner : owners) {
        const bool listed = shown.isEmpty() || shown.contains(owner.id);
        if (!listed || (owner.role != OwnerRole::Rep && !tallies.contains(owner.id))) {
            continue;
        }
        RepPerformance rep;
        rep.ownerId = owner.id;
        rep.name = owner.name;
        rep.factors = tallies.value(owner.id).factors();
        for (Lever lever : levers()) {
            const auto i = static_cast<std::size_t>(lever);
            if (lever == Lever::Leads) {
                rep.index[i] = Statistics::index(double(rep.factors.leads), leadsPerRep);
            } else if (lever == Lever::CycleLength) {
                // Shorter is better: the team's cycle against the rep's.
                rep.index[i] = Statistics::index(result.team.cycleDays, rep.factors.cycleDays);
            } else {
                rep.index[i] = Statistics::index(rep.factors.value(lever), result.team.value(lever));
            }
            if (rep.index[i] && (!rep.weakest || *rep.index[i] < *rep.index[std::size_t(*rep.weakest)])) {
                rep.weakest = lever;
            }
        }
        result.reps.append(std::move(rep));
    }
    std::sort(result.reps.begin(), result.reps.end(), [](const RepPerformance& a, const RepPerformance& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

} // namespace PerformanceFormula
