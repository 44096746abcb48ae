// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"
#include "DemoWorld.h"

#include "core/domain/StrategySheet.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

class BulkWriter;
struct DemoDeal;

// Strategy sheets (DOMAIN.md §3) for the important deals of the demo and payments (回款) for
// its won deals, so that the charts of win scenarios, activity against progress and the
// collection lever have something to show. The decision milestones follow the deal's own
// stage history: a milestone is reached around the day the deal entered the stage it opens,
// and now and then skipped, so stuck deals collect activity without progress.
// Uses its own random stream: the rows the rest of the generator writes stay as they were.
class DemoStrategy final
{
public:
    DemoStrategy(const DemoWorld& world, quint64 seed);

    // Remembers what a deal's sheet and payments need (called for every deal as it is made).
    void note(const DemoDeal& deal);
    // The sheets of the noted deals, in the order they were noted (draw them before the payments).
    QList<StrategySheet> sheets();
    // Ids of the won deals among those noted.
    QSet<QString> wonDeals() const;
    // Writes the payments of the won deals with the load, stamped `stamp`.
    void writePayments(BulkWriter& writer, const QDateTime& stamp);

private:
    struct Noted
    {
        QString dealId;
        QString currency;
        qint64 amountMinor = 0;
        qint64 created = 0;
        qint64 end = 0;
        bool open = true;
        bool won = false;
        QString lostTo;
        int accountIndex = 0;
        std::vector<std::pair<qint64, int>> stages;
    };

    StrategySheet sheetFor(const Noted& deal);
    void writePayments(BulkWriter& writer, const QDateTime& stamp, const Noted& deal);

    const DemoWorld& m_world;
    DemoRandom m_random;
    QList<Noted> m_sheets;
    QList<Noted> m_won;
};
