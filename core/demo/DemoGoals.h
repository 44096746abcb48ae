// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoWorld.h"

class DemoRandom;
class Workspace;

// The demo's goals: a V2MOM sheet for every manager and rep for the fiscal year of "today"
// (January start), aligned to the manager's, with targets drawn from the team's last twelve
// months. A manager's sheet gets a mid-year snapshot
// when the year is half gone, after which one method was dropped: the refresh and the cascade
// then have something to show. Runs after the bulk load, through the normal repositories.
namespace DemoGoals {

struct Written
{
    qint64 sheets = 0;
};

Written write(Workspace& workspace, const DemoWorld& world, DemoRandom& random);

} // namespace DemoGoals
