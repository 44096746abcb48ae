// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// Narrows a private copy of a workspace to one rep's deals ("Send to manager…", only my
// deals). Rows are deleted, not tombstoned: a tombstone would travel to the team file and
// delete the other reps' deals there.
namespace RepCopyPruner {

// Keeps the deals and leads owned by `ownerId` and the rep's interactions on them (or on no
// deal), then removes every row that refers to a removed row (history, strategy sheets and
// their rows, contacts of removed interactions …), until nothing refers to a missing row.
// Accounts, contacts, owners, pipelines and exchange rates stay. Must not be called inside
// a transaction (it switches foreign-key enforcement off for the duration).
void keepOnlyOwner(Database& copy, const QString& ownerId);

} // namespace RepCopyPruner
