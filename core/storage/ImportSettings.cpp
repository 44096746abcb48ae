// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSettings.h"

#include "Database.h"
#include "Statement.h"
#include "StorageError.h"

ImportSettings::ImportSettings(const Database& database, bool bulk)
    : m_database(database)
    , m_cacheSize(Statement::scalar(database, QStringLiteral("PRAGMA cache_size")).toLongLong())
    , m_tempStore(Statement::scalar(database, QStringLiteral("PRAGMA temp_store")).toInt())
    , m_synchronous(Statement::scalar(database, QStringLiteral("PRAGMA synchronous")).toInt())
    , m_foreignKeysOff(bulk && Statement::scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt() != 0)
    , m_journalMode(Statement::scalar(database, QStringLiteral("PRAGMA journal_mode")).toString().toLower())
{
    Statement::run(database, QStringLiteral("PRAGMA cache_size=-262144"));
    // Set here, before the import's transaction: SQLite refuses to switch it inside one that
    // has used temporary storage, and the index rebuild's sorter spills faster to temporary
    // files than to SQLite's in-memory ones (see SecondaryIndexes).
    Statement::run(database, QStringLiteral("PRAGMA temp_store=FILE"));
    if (m_foreignKeysOff) {
        Statement::run(database, QStringLiteral("PRAGMA foreign_keys=OFF"));
    }
    if (bulk && m_journalMode == QLatin1String("wal")) {
        try {
            // Answers the mode in force: still "wal" when another connection has the file open.
            m_rollbackJournal =
                Statement::scalar(database, QStringLiteral("PRAGMA journal_mode=TRUNCATE")).toString().toLower() ==
                QLatin1String("truncate");
        } catch (const StorageError&) {
            m_rollbackJournal = false; // refused ("database is locked"): the WAL it is
        }
        if (m_rollbackJournal) {
            // Without the WAL, NORMAL would leave a power loss at the wrong moment able to
            // damage the file: the rollback journal is synced before the file is written.
            Statement::run(database, QStringLiteral("PRAGMA synchronous=FULL"));
        }
    }
}

ImportSettings::~ImportSettings()
{
    try {
        if (m_rollbackJournal) {
            Statement::scalar(m_database, QStringLiteral("PRAGMA journal_mode=%1").arg(m_journalMode));
        }
        Statement::run(m_database, QStringLiteral("PRAGMA synchronous=%1").arg(m_synchronous));
        Statement::run(m_database, QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheSize));
        Statement::run(m_database, QStringLiteral("PRAGMA temp_store=%1").arg(m_tempStore));
        if (m_foreignKeysOff) {
            Statement::run(m_database, QStringLiteral("PRAGMA foreign_keys=ON"));
        }
    } catch (const StorageError& error) {
        qWarning("could not restore the connection settings after an import: %s", error.what());
    }
}
