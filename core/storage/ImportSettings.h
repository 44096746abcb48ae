// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

class Database;

/**
 * The connection settings of one import, its own ones put back when it ends. Made before
 * the import's transaction: most of these pragmas are no-ops inside one.
 *
 * A large import touches index pages at random (UUID keys): with SQLite's 2 MB default
 * cache they are spilled and read back on every row, so the cache is large for the
 * import's length. Each multi-row INSERT also keeps a statement journal of the pages it
 * changes, by default a temporary file: temporary files stay in memory.
 *
 * A bulk import (ImportDealWriter::isBulk) checks the references once for the whole load
 * instead of row by row, and writes through a rollback journal instead of the WAL when the
 * connection is the only one on the file: the WAL would take every page of the load and
 * the checkpoint then copy it again into the file, while a rollback journal keeps only the
 * pages the workspace had before (few next to a load at least as large as the workspace;
 * pages added at the end of the file need none). Still one transaction: a failure or a
 * crash rolls all of it back. With another connection open (the app's own, while its
 * import job writes), the switch is refused at once and the import goes through the WAL.
 */
class ImportSettings final
{
    Q_DISABLE_COPY_MOVE(ImportSettings)
public:
    ImportSettings(const Database& database, bool bulk);
    ~ImportSettings();

    bool foreignKeysOff() const { return m_foreignKeysOff; }
    bool rollbackJournal() const { return m_rollbackJournal; }

private:
    const Database& m_database;
    qint64 m_cacheSize = 0;
    int m_tempStore = 0;
    int m_synchronous = 0;
    bool m_foreignKeysOff = false;
    bool m_rollbackJournal = false;
    QString m_journalMode;
};
