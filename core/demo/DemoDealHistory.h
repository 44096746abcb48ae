// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoWorld.h"

#include "core/domain/Deal.h"
#include "core/domain/DealEvent.h"

#include <QList>

#include <utility>
#include <vector>

class DemoRandom;

// One demo deal and the year of history that led to its current row.
struct DemoDeal
{
    Deal deal;
    QList<DealEvent> events;                    // in time order; the first is "created"
    std::vector<std::pair<qint64, int>> stages; // (entered at, stage index), in time order
    std::vector<std::pair<qint64, int>> owners; // (from, rep index), in time order
    int accountIndex = 0;
    int sourceIndex = 0; // into leadSourceKeys()
    qint64 created = 0;
    qint64 end = 0; // when it closed, or now while open
    bool open = true;
    bool won = false;

    int stageAt(qint64 msecs) const;
    int repAt(qint64 msecs) const;
};

// Makes a demo deal (account, owner, source, amount, currency, creation time) and has
// DemoDealStory play its year forward. The deal row is consistent with its events: the
// stage is the last stage event's, stage_entered_at its time, won/lost dates and reasons set.
namespace DemoDealHistory {

DemoDeal play(const DemoWorld& world, DemoRandom& random);

// Relative win chances of the lead sources, in leadSourceKeys() order (referral best).
double sourceWinFactor(int sourceIndex);

} // namespace DemoDealHistory
