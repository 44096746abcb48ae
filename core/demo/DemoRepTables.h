// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoWorld.h"

#include "core/domain/StrategySheet.h"

#include <QList>
#include <QSet>

class DemoRandom;
class Workspace;

// The rep's sheets in the demo (issue 4): the strategy sheets DemoStrategy made get the
// rest of their sections (qualification, open questions and red flags, economics, promise
// boundaries, action plan, manager assessment, personal wins) before they are written, and
// the biggest customers get account plans over a small product catalogue. Uses its own
// random stream (randomFor()), so every other row of the generator stays as it was: the
// sheets are completed first, the plans written last, from the same stream.
namespace DemoRepTables {

struct Written
{
    qint64 sheetsCompleted = 0;
    qint64 accountPlans = 0;
    qint64 products = 0;
};

// At most this many sheets are completed (the benchmark file has tens of thousands; the
// sheets shown in a demo are the first ones).
inline constexpr int kMaxSheetsCompleted = 1500;
inline constexpr int kMaxAccountPlans = 40;

DemoRandom randomFor(quint64 seed);
// Completes the first kMaxSheetsCompleted sheets by deal id; returns how many.
qint64
completeSheets(QList<StrategySheet>& sheets, const QSet<QString>& wonDeals, DemoRandom& random, const QDate& today);
// Products and account plans, in one transaction.
Written writePlans(Workspace& workspace, const DemoWorld& world, DemoRandom& random);

} // namespace DemoRepTables
