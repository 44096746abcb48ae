// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QtGlobal>

#include <vector>

class DemoRandom;
struct DemoDeal;
struct DemoWorld;

// The behaviour-table rows of one demo deal (DOMAIN.md §2): meetings spread over its life
// with plan halves (objectives, mostly filled) and, once past, review halves (outcome,
// needs, next step), some left unreviewed, some coached; open deals get a few planned
// meetings ahead.
namespace DemoInteractions {

// Appends about `perDeal` interactions (with their contact links) to `out`; returns how many.
qint64
make(const DemoWorld& world, DemoRandom& random, const DemoDeal& deal, int perDeal, std::vector<Interaction>& out);

} // namespace DemoInteractions
