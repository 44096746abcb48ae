// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecondaryIndexes.h"

#include "Database.h"
#include "Statement.h"
#include "StorageError.h"

SecondaryIndexes::SecondaryIndexes(const Database& database, const QStringList& tables)
    : m_database(database)
{
    QStringList names;
    for (const QString& table : tables) {
        // Automatic indexes (primary keys, UNIQUE) have no SQL and cannot be dropped.
        Statement indexes(m_database,
                          QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT "
                                         "NULL AND tbl_name = :table ORDER BY name"));
        indexes.bind(QStringLiteral(":table"), table).exec();
        while (indexes.next()) {
            names.append(indexes.text(0));
            m_createSql.append(indexes.text(1));
        }
    }
    for (const QString& name : std::as_const(names)) {
        Statement::run(m_database, QStringLiteral("DROP INDEX \"%1\"").arg(name));
    }
}

namespace {
// The connection's settings for building indexes, the caller's back afterwards, thrown or not.
// The sorter behind CREATE INDEX sorts runs of the page cache's size: runs that fit the CPU
// caches, merged, cost about half the CPU of one run of the whole index (measured at 10k and
// 100k deals), and with PRAGMA threads a second core sorts while the table is read. Its
// spilled runs go to temporary files, not memory: SQLite's in-memory temporary files grow in
// small chunks, one allocation each, and the 100k-deal generator's index builds took twice the
// CPU with them. Switching temp_store drops temporary tables, so it stays when there are any,
// and SQLite refuses it in a transaction that has used temporary storage already: callers such
// as the import set it before their transaction (ImportSettings).
class IndexBuildSettings final
{
    Q_DISABLE_COPY_MOVE(IndexBuildSettings)
public:
    explicit IndexBuildSettings(const Database& database)
        : m_database(database)
        , m_cacheSize(Statement::scalar(database, QStringLiteral("PRAGMA cache_size")).toLongLong())
        , m_threads(Statement::scalar(database, QStringLiteral("PRAGMA threads")).toInt())
        , m_tempStore(Statement::scalar(database, QStringLiteral("PRAGMA temp_store")).toInt())
    {
        Statement::run(database, QStringLiteral("PRAGMA cache_size=-8192"));
        Statement::scalar(database, QStringLiteral("PRAGMA threads=2"));
        if (m_tempStore != kFile &&
            Statement::scalar(database, QStringLiteral("SELECT count(*) FROM temp.sqlite_schema")).toInt() == 0) {
            try {
                Statement::run(database, QStringLiteral("PRAGMA temp_store=FILE"));
                m_switchedTempStore = true;
            } catch (const StorageError&) {
                // Refused inside this transaction: the builds use the setting there is.
            }
        }
    }
    ~IndexBuildSettings()
    {
        try {
            Statement::run(m_database, QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheSize));
            Statement::scalar(m_database, QStringLiteral("PRAGMA threads=%1").arg(m_threads));
            if (m_switchedTempStore) {
                Statement::run(m_database, QStringLiteral("PRAGMA temp_store=%1").arg(m_tempStore));
            }
        } catch (const StorageError& error) {
            qWarning("could not restore the connection settings after building indexes: %s", error.what());
        }
    }

private:
    const Database& m_database;
    qint64 m_cacheSize;
    int m_threads;
    static constexpr int kFile = 1; // PRAGMA temp_store's number for FILE
    int m_tempStore;
    bool m_switchedTempStore = false;
};
} // namespace

void SecondaryIndexes::rebuild()
{
    if (m_createSql.isEmpty()) {
        return;
    }
    const IndexBuildSettings settings(m_database);
    for (const QString& sql : std::as_const(m_createSql)) {
        Statement::run(m_database, sql);
    }
    m_createSql.clear();
}
