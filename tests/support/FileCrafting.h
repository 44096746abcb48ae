// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

// Files made by hand for the data-safety tests, written and read with plain SQLite
// connections that bypass the code under test.
namespace FileCrafting {

QByteArray sha256(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
// A closed workspace (no -wal left) with `deals` deals.
void createWorkspace(const QString& path, int deals);
// Runs `sql` on `path` through an independent connection; returns the first value.
QVariant rawScalar(const QString& path, const QString& sql);
bool rawExec(const QString& path, const QString& sql);
// Leaves at least `pages` free pages of 4 KiB in the file (a table filled and dropped) and
// checkpoints them into it: what compacting must give back. Returns whether that worked.
bool leaveFreePages(const QString& path, int pages);
// A page of `objectName` (a table, an index or "sqlite_schema") other than page 1, found
// with SQLite's dbstat table; 0 when it has none. Which page a "middle of the file" lands
// on changes from run to run (ids are random), so tests that damage a file name the page.
qint64 leafPageOf(const QString& path, const QString& objectName);
// Overwrites page `page` (1-based) with bytes no b-tree page can start with.
void scribbleOverPage(const QString& path, qint64 page);

} // namespace FileCrafting
