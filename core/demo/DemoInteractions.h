// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class BulkWriter;
class DemoRandom;
struct DemoDeal;
struct DemoWorld;

// The behaviour-table rows of one demo deal (DOMAIN.md §2): meetings spread over its life
// with plan halves (objectives, mostly filled) and, once past, review halves (outcome,
// needs, next step), some left unreviewed, some coached; open deals get a few planned
// meetings ahead.
namespace DemoInteractions {

// Writes about `perDeal` interactions (and their contact links); returns how many.
qint64 write(const DemoWorld& world, DemoRandom& random, BulkWriter& writer, const DemoDeal& deal, int perDeal);

} // namespace DemoInteractions
