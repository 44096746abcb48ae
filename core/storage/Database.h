// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// One open connection to a workspace file, with the pragmas of ARCHITECTURE.md applied
// and the schema migrated. Each Database owns a named QSQLITE connection; a worker
// thread gets its own through openAnotherConnection() (Qt connections are per thread).
struct sqlite3;

class Database final
{
    // Messages are looked up under "Database", the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(Database)

    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    // How long opening may spend on quick_check: small files (a rep's few hundred deals) are
    // checked completely; big ones partly, and BackgroundIntegrityCheck finishes the job.
    static constexpr qint64 openCheckBudgetMs = 300;

    struct OpenOptions
    {
        OpenOptions() = default;
        OpenOptions(Access access_, bool createIfMissing_)
            : access(access_)
            , createIfMissing(createIfMissing_)
        {}

        Access access = Access::ReadWrite;
        bool createIfMissing = false;
        // A file that fails PRAGMA quick_check is refused (Kind::Damaged) unless this is set
        // and the access is read-only: a damaged file may be looked at but never written.
        bool acceptDamaged = false;
        // Time for quick_check at open; 0 checks completely however long it takes, < 0 leaves
        // the whole check to later (tests of BackgroundIntegrityCheck).
        qint64 integrityBudgetMs = openCheckBudgetMs;
        // Called once before an older file is migrated (the automatic backup), with the
        // file still untouched; an exception stops the open before anything is written.
        std::function<void(Database&)> beforeMigration;
    };

    // Opens (or creates) the file; throws StorageError with a user-facing message when the
    // file is missing, not SQLite, not a workspace, or from a newer version. A refused file
    // is never written to.
    static std::unique_ptr<Database> open(const QString& path, OpenOptions options);
    ~Database();

    std::unique_ptr<Database> openAnotherConnection(Access access) const;
    // Another connection to a file this process has opened through open() already, for a
    // worker thread that only has the path. No migration and no integrity check: open() made
    // them, and the workspace's background check covers what its time budget left (at 100k
    // deals the check alone would cost every worker run 300 ms).
    static std::unique_ptr<Database> openWorkerConnection(const QString& path, Access access);

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    // Read-only when opened so, or since refuseWrites().
    bool isReadOnly() const { return m_access == Access::ReadOnly || m_writesRefused; }
    // Whether the file failed the integrity check on open (only read-only opens get here).
    bool isDamaged() const { return m_damaged; }
    int schemaVersion() const;
    // Writes a consistent snapshot of the workspace to a new file (VACUUM INTO), also from a
    // read-only connection. Throws StorageError when `path` exists or cannot be written;
    // must not be called inside a transaction.
    void copyTo(const QString& path) const;
    static int currentSchemaVersion();
    // 'DBNC': marks our files so a foreign SQLite file is not mistaken for a workspace.
    static constexpr int applicationId = 0x44424E43;
    // Bigger files are refused: no real workspace comes near, a hostile one could exhaust memory.
    static constexpr qint64 maximumFileSize = qint64(8) * 1024 * 1024 * 1024;
    // The longest text or blob SQLite will hand out or store (SQLITE_LIMIT_LENGTH).
    static constexpr int maximumValueLength = 64 * 1024 * 1024;
    // Structural damage found by PRAGMA quick_check (not a broken CHECK or NOT NULL rule,
    // which row validation handles) or a file cut short; empty when none was found. With a
    // budget (> 0), the check stops after that many milliseconds and reports what it found
    // by then: a 100k-deal file takes many seconds to check completely.
    // `finished` (when given) tells whether the whole file was checked.
    QStringList integrityProblems(qint64 budgetMs = 0, bool* finished = nullptr) const;
    // Whether the check at open covered the whole file (false: the budget ran out first).
    bool openCheckFinished() const { return m_openCheckFinished; }
    // Damage found after opening for writing: SQLite refuses every write from now on
    // (PRAGMA query_only), so nothing more is written to a file that failed the check.
    void refuseWrites();
    // Stops the statement running on this connection; may be called from any thread while
    // the connection is open.
    void interrupt() const;

    // Transaction nesting depth, kept by Transaction so inner scopes use savepoints.
    int& transactionDepth() { return m_transactionDepth; }

private:
    Database(QString path, QString connectionName, Access access);
    // `immutable`: the file sits in a folder we cannot write (read-only medium), so SQLite
    // must not try to create its -shm/-wal companions or take locks there.
    void connect(bool immutable = false);
    void checkIdentity();
    void checkForeignObjects();
    void checkIntegrity(bool acceptDamaged, qint64 budgetMs);
    void applyPragmas();

    QString m_path;
    QString m_connectionName;
    Access m_access;
    int m_transactionDepth = 0;
    bool m_damaged = false;
    bool m_writesRefused = false;
    bool m_openCheckFinished = true;
    sqlite3* m_handle = nullptr; // for interrupt() from other threads
};
