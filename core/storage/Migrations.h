// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Database;

// The ordered list of schema migrations (core/storage/migrations/NNNN_*.sql, embedded as
// resources). Each runs in its own transaction that also bumps PRAGMA user_version.
namespace Migrations {

int latestVersion();
// Applies every migration above the file's version. Throws StorageError; a failed
// migration leaves the file at the version before it.
void migrate(Database& database);

} // namespace Migrations
