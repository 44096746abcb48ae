// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergeResult.h"

#include <QString>

#include <atomic>
#include <functional>

class Clock;
class Database;

/**
 * Imports a team member's file into the team file by row id (DOMAIN.md §8, ARCHITECTURE.md
 * "a file opened from someone else is untrusted"):
 *  1. The file is opened on its own, read-only, and copied (VACUUM INTO) to a private
 *     temporary file; only the copy is read from then on, so the original is never written
 *     and cannot change under the merge.
 *  2. The copy must be a Dealbench workspace (application_id) of this or an older format
 *     (an older one is upgraded in the copy), pass SQLite's quick_check and have exactly the
 *     tables and indexes of this version: no extra triggers, views or altered tables.
 *  3. Every row is validated (ids, types, lengths, times, dates, amounts, currencies, the
 *     schema's own rules, references); failing rows are left out with a reason.
 *  4. In one transaction on the team file: conflicts are recorded, then new and newer rows
 *     (by updated_at, tombstones included; events are rows too, so their union is
 *     deduplicated by id) are taken, and the import is logged with the newest updated_at the
 *     source held, against which the next import of the same workspace detects conflicts.
 * All or nothing: on failure or cancel the team file is unchanged. Runs in the calling
 * thread on `target`, which must not be inside a transaction; use a worker thread with its
 * own connection for big files (MergeJob).
 */
namespace WorkspaceMerge {

struct Options
{
    // Receives the share done (0..1) and a short step description; called in the merging thread.
    std::function<void(double, const QString&)> progress;
    const std::atomic_bool* cancel = nullptr;
};

MergeResult merge(Database& target, const QString& sourcePath, const Clock& clock, const Options& options = {});

} // namespace WorkspaceMerge
