// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// "Send to manager…": a consistent copy of the rep's workspace for the team file (DOMAIN.md
// §8). Rows keep their ids and updated_at, so the manager's import recognises them; nothing
// is tombstoned (a tombstone would delete the rows from the team file).
namespace TeamFileExport {

/**
 * Writes the copy to `path` (which must not exist). With `onlyOwnerId`, the copy keeps only
 * that rep's deals with their history, strategy sheets and the rep's own interactions and
 * leads; the rest is removed from the copy outright and the file is compacted, so the
 * removed rows do not linger in free pages. Throws StorageError; on failure no file is left.
 */
void write(const Database& workspace, const QString& path, const QString& onlyOwnerId = {});

} // namespace TeamFileExport
