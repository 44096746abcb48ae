// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDealHistory.h"

#include "DemoDealStory.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "DemoTeam.h"

#include "core/domain/Lead.h"

#include <algorithm>
#include <cmath>

namespace {
// Share of deals per lead source and their win factor, in leadSourceKeys() order:
// referral, website, social, event, webinar, email campaign, purchased list, partner, outbound.
const double kSourceShare[] = {0.16, 0.18, 0.06, 0.10, 0.08, 0.08, 0.06, 0.12, 0.16};
const double kSourceWin[] = {1.4, 1.0, 0.85, 1.05, 0.95, 0.9, 0.7, 1.2, 0.9};

const QStringList& sourceKeys()
{
    static const QStringList keys = leadSourceKeys();
    return keys;
}
} // namespace

int DemoDeal::stageAt(qint64 msecs) const
{
    int stage = stages.front().second;
    for (const auto& [from, index] : stages) {
        if (from > msecs) {
            break;
        }
        stage = index;
    }
    return stage;
}

int DemoDeal::repAt(qint64 msecs) const
{
    int rep = owners.front().second;
    for (const auto& [from, index] : owners) {
        if (from > msecs) {
            break;
        }
        rep = index;
    }
    return rep;
}

namespace DemoDealHistory {

double sourceWinFactor(int sourceIndex)
{
    return kSourceWin[qBound(0, sourceIndex, 8)];
}

DemoDeal play(const DemoWorld& world, DemoRandom& random)
{
    DemoDeal result;
    Deal& deal = result.deal;
    deal.id = random.id();
    deal.pipelineId = world.pipelineId;

    // A few accounts carry many deals, as in real books of business.
    const int accountCount = static_cast<int>(world.accounts.size());
    result.accountIndex = std::min(accountCount - 1, static_cast<int>(accountCount * std::pow(random.uniform(), 1.6)));
    const DemoWorld::Customer& customer = world.accounts.at(static_cast<std::size_t>(result.accountIndex));
    const int repIndex =
        random.chance(0.85) ? customer.repIndex : random.integer(0, static_cast<int>(world.reps.size()) - 1);
    const DemoWorld::Rep& rep = world.reps.at(static_cast<std::size_t>(repIndex));
    deal.accountId = customer.id;
    deal.ownerId = rep.id;
    const QStringList& products = DemoNames::products();
    deal.name = customer.name + QStringLiteral(" - ") + products.at(random.integer(0, int(products.size()) - 1));

    result.sourceIndex = random.weighted(kSourceShare, 9);
    deal.source = sourceKeys().at(result.sourceIndex);

    // Amount in US dollars by company size, then in the base and the deal's currency.
    static const double medianUsd[] = {12000, 55000, 220000};
    const double usd = random.logNormal(medianUsd[customer.size], customer.size == 2 ? 0.7 : 0.6);
    double inBase = usd * world.basePerUsd;
    deal.amount.currency = world.baseCurrency;
    if (customer.region == 1 && !world.foreignCurrencies.isEmpty()) {
        const double draw = random.uniform();
        const DemoWorld::Currency* chosen = nullptr;
        for (const DemoWorld::Currency& currency : world.foreignCurrencies) {
            if ((currency.code == QLatin1String("EUR") && draw < 0.40) ||
                (currency.code == QLatin1String("GBP") && draw >= 0.40 && draw < 0.55)) {
                chosen = &currency;
            }
        }
        if (chosen) {
            deal.amount.currency = chosen->code;
            inBase /= chosen->basePerUnit;
        }
    }
    deal.amount.minor = DemoDealStory::roundedMinor(inBase, deal.amount.currency);

    // Created over the past year, a little more often recently (a growing team).
    const double age = 1.0 - std::pow(random.uniform(), 0.75);
    qint64 created = world.now - static_cast<qint64>(age * double(world.now - world.historyStart));
    created = DemoTeam::workingTime(created, random);
    if (created >= world.now) {
        created = world.now - 2 * DemoWorld::hour;
    }
    result.created = created;
    result.end = world.now;
    deal.createdAt = DemoWorld::toDateTime(created);
    deal.stageEnteredAt = deal.createdAt;

    // Reps expect deals to close sooner than they do: the slips follow.
    static const double cycleDays[] = {40, 65, 100};
    deal.expectedCloseDate =
        DemoWorld::toDate(created).addDays(static_cast<qint64>(random.logNormal(cycleDays[customer.size], 0.35)));

    const int stage = random.weighted({0.72, 0.22, 0.06});
    deal.stageId = world.stageIds.at(stage);
    deal.forecastCategory = world.stageCategories.at(stage);
    result.stages.emplace_back(created, stage);
    result.owners.emplace_back(created, repIndex);
    result.events.append(
        DealEvent{random.id(), deal.id, deal.createdAt, DealEventField::Created, QString(), deal.stageId});

    DemoDealStory story(world, random, result);
    story.play(stage, rep.winFactor * kSourceWin[result.sourceIndex]);

    std::stable_sort(result.events.begin(), result.events.end(), [](const DealEvent& a, const DealEvent& b) {
        return a.occurredAt < b.occurredAt;
    });
    // Events of one instant (a win: stage, amount, close date, category) get a millisecond
    // each, so their order is in the timestamps and not only in the storage order.
    for (qsizetype i = 1; i < result.events.size(); ++i) {
        QDateTime& at = result.events[i].occurredAt;
        const QDateTime& before = result.events[i - 1].occurredAt;
        if (at <= before) {
            at = before.addMSecs(1);
        }
    }
    deal.updatedAt = result.events.last().occurredAt;
    return result;
}

} // namespace DemoDealHistory
