// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

/**
 * Rewrites a workspace file in place (SQLite's VACUUM): tables and indexes are laid out again
 * front to back and free pages are given back. A large file upgraded by a migration that
 * rebuilt indexes has those indexes at its end; past SQLite's 2 GB memory map every read of
 * them becomes a system call, and analytics on such a file ran 30-70 % slower than on a
 * freshly written one. Compacting restores the fresh layout. The data does not change.
 *
 * VACUUM copies each table in rowid order, so even where it renumbers rowids (tables without an
 * INTEGER PRIMARY KEY) their order stays: the write order of deal events, which breaks ties
 * between events of the same moment, survives (TestCompactCommand checks it).
 *
 * One statement, so it either completes or leaves the file as it was. It needs the file to
 * itself: no open transaction on this connection and no reader on another one.
 */
namespace WorkspaceCompaction {
struct Result
{
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
    qint64 freePagesBefore = 0;
};

// Throws StorageError (ReadOnly, Busy, QueryFailed) and then leaves the file unchanged.
Result run(Database& database);
// Opens `path` read-write on a connection of its own and compacts it. A file of an older
// version is brought up to this one first: compacting right after an upgrade is what this
// is most often for. Throws StorageError (also NotFound, Damaged, TooNew... from opening).
Result runOnFile(const QString& path);
} // namespace WorkspaceCompaction
