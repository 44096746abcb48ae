// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Lead.h"

#include <QtGlobal>

#include <array>
#include <vector>

class DemoRandom;
struct DemoDeal;
struct DemoWorld;

// The leads behind the demo deals: about half of the deals come from a converted lead,
// and for every converted lead of a source the leads that did not convert are written
// too, in the proportion of that source's conversion rate (DOMAIN.md §7: referrals best).
class DemoLeads final
{
public:
    DemoLeads(const DemoWorld& world, DemoRandom& random);

    // Appends the leads that go with `deal` to `out`; returns how many.
    qint64 makeFor(const DemoDeal& deal, std::vector<Lead>& out);

    // Lead-to-opportunity rate of each source, in leadSourceKeys() order.
    static double conversionRate(int sourceIndex);

private:
    qint64 makeUnconverted(int sourceIndex, std::vector<Lead>& out);

    const DemoWorld& m_world;
    DemoRandom& m_random;
    std::array<double, 9> m_owed{}; // unconverted leads still to write per source
};
