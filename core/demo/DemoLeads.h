// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

class BulkWriter;
class DemoRandom;
struct DemoDeal;
struct DemoWorld;

// The leads behind the demo deals: about half of the deals come from a converted lead,
// and for every converted lead of a source the leads that did not convert are written
// too, in the proportion of that source's conversion rate (DOMAIN.md §7: referrals best).
class DemoLeads final
{
public:
    DemoLeads(const DemoWorld& world, DemoRandom& random, BulkWriter& writer);

    // Writes the leads that go with `deal`; returns how many.
    qint64 writeFor(const DemoDeal& deal);

    // Lead-to-opportunity rate of each source, in leadSourceKeys() order.
    static double conversionRate(int sourceIndex);

private:
    qint64 writeUnconverted(int sourceIndex);

    const DemoWorld& m_world;
    DemoRandom& m_random;
    BulkWriter& m_writer;
    std::array<double, 9> m_owed{}; // unconverted leads still to write per source
};
