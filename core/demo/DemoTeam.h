// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoWorld.h"

class BulkWriter;
class DemoRandom;

// The people of the demo: managers with their reps, and the customer accounts with their
// contacts. Fills the world and writes the rows.
namespace DemoTeam {

// Returns the number of owners written (managers and reps).
int writeOwners(DemoWorld& world, DemoRandom& random, BulkWriter& writer, int reps, int managers);
// Returns the number of contacts written.
qint64 writeAccounts(DemoWorld& world, DemoRandom& random, BulkWriter& writer, int accounts);
// A person's name drawn from the pools.
QString personName(DemoRandom& random);
// A company name drawn from the pools (not necessarily unique).
QString companyName(DemoRandom& random);
// The time of a working day (Monday to Friday, 08:00-18:00 UTC) on or after `msecs`.
qint64 workingTime(qint64 msecs, DemoRandom& random);

} // namespace DemoTeam
