// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoWorld.h"

class Workspace;

// The rep's sheets in the demo (issue 4): the strategy sheets DemoStrategy wrote get the
// rest of their sections (qualification, open questions and red flags, economics, promise
// boundaries, action plan, manager assessment, personal wins), and the biggest customers get
// account plans over a small product catalogue. Uses its own random stream, so every other
// row of the generator stays as it was; runs after the sheets are written.
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

Written write(Workspace& workspace, const DemoWorld& world, quint64 seed);

} // namespace DemoRepTables
