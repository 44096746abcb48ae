// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// A consistent snapshot of a workspace copied page by page (SQLite's backup API), also
// from a read-only connection: several times faster than Database::copyTo() (VACUUM INTO),
// which rebuilds every table and index; the copy keeps the source's layout and free pages.
namespace PageCopy {

// Throws StorageError when `path` exists or cannot be written (and leaves no file then);
// must not be called inside a transaction.
void copy(const Database& source, const QString& path);

} // namespace PageCopy
