// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One open connection to a workspace file, with the pragmas of ARCHITECTURE.md applied
// and the schema migrated. Each Database owns a named QSQLITE connection; a worker
// thread gets its own through openAnotherConnection() (Qt connections are per thread).
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    struct OpenOptions
    {
        Access access = Access::ReadWrite;
        bool createIfMissing = false;
    };

    // Opens (or creates) the file; throws StorageError with a user-facing message when the
    // file is missing, not SQLite, not a workspace, or from a newer version. A refused file
    // is never written to.
    static std::unique_ptr<Database> open(const QString& path, OpenOptions options);
    ~Database();

    std::unique_ptr<Database> openAnotherConnection(Access access) const;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;
    // Writes a consistent snapshot of the workspace to a new file (VACUUM INTO), also from a
    // read-only connection. Throws StorageError when `path` exists or cannot be written;
    // must not be called inside a transaction.
    void copyTo(const QString& path) const;
    static int currentSchemaVersion();
    // 'DBNC': marks our files so a foreign SQLite file is not mistaken for a workspace.
    static constexpr int applicationId = 0x44424E43;

    // Transaction nesting depth, kept by Transaction so inner scopes use savepoints.
    int& transactionDepth() { return m_transactionDepth; }

private:
    Database(QString path, QString connectionName, Access access);
    void connect();
    void checkIdentity();
    void applyPragmas();

    QString m_path;
    QString m_connectionName;
    Access m_access;
    int m_transactionDepth = 0;
};
