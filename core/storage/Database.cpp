// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrations.h"
#include "Statement.h"
#include "StorageError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("dealbench-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Storage", text);
}

// SQLITE_DBCONFIG_DEFENSIVE stops SQL from corrupting the file on purpose (writable_schema,
// raw page writes): every file may have come from someone else by mail or USB.
void makeDefensive(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return;
    }
    sqlite3* raw = *static_cast<sqlite3* const*>(handle.constData());
    if (raw) {
        sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    }
}
} // namespace

Database::Database(QString path, QString connectionName, Access access)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_access(access)
{}

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen()) {
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString& path, OpenOptions options)
{
    const QFileInfo info(path);
    if (!info.exists() && !(options.createIfMissing && options.access == Access::ReadWrite)) {
        throw StorageError(StorageError::Kind::NotFound, tr("The workspace file %1 does not exist.").arg(path));
    }
    if (info.exists() && !info.isFile()) {
        throw StorageError(StorageError::Kind::NotADatabase, tr("%1 is not a file.").arg(path));
    }
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName(), options.access));
    database->connect();
    database->checkIdentity();
    if (database->isReadOnly()) {
        if (database->schemaVersion() < currentSchemaVersion()) {
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("The workspace %1 was written by an older version and must be opened for writing "
                                  "once to be upgraded.")
                                   .arg(path));
        }
        database->applyPragmas();
        return database;
    }
    database->applyPragmas();
    Migrations::migrate(*database);
    return database;
}

std::unique_ptr<Database> Database::openAnotherConnection(Access access) const
{
    std::unique_ptr<Database> database(new Database(m_path, nextConnectionName(), access));
    database->connect();
    database->applyPragmas();
    return database;
}

void Database::connect()
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    connection.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_access == Access::ReadOnly) {
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    connection.setConnectOptions(connectOptions);
    if (!connection.open()) {
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("Could not open %1: %2").arg(m_path, connection.lastError().text()));
    }
    makeDefensive(connection);
}

void Database::checkIdentity()
{
    // Reading the header does not write to the file: a refused file stays untouched.
    int version = 0;
    int appId = 0;
    int tableCount = 0;
    try {
        version = Statement::scalar(*this, QStringLiteral("PRAGMA user_version")).toInt();
        appId = Statement::scalar(*this, QStringLiteral("PRAGMA application_id")).toInt();
        tableCount = Statement::scalar(*this, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
    } catch (const StorageError&) {
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 is damaged or is not a Dealbench workspace.").arg(m_path));
    }
    if (version == 0 && tableCount == 0) {
        return; // a new, empty file
    }
    if (appId != applicationId) {
        throw StorageError(StorageError::Kind::NotAWorkspace,
                           tr("%1 is an SQLite database, but not a Dealbench workspace.").arg(m_path));
    }
    if (version > currentSchemaVersion()) {
        throw StorageError(StorageError::Kind::NewerSchema,
                           tr("%1 was written by a newer version of Dealbench (format %2; this version reads up to "
                              "%3). Please update Dealbench to open it.")
                               .arg(m_path)
                               .arg(version)
                               .arg(currentSchemaVersion()));
    }
}

void Database::applyPragmas()
{
    if (m_access == Access::ReadWrite) {
        Statement::scalar(*this, QStringLiteral("PRAGMA journal_mode=WAL"));
        Statement::run(*this, QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    Statement::run(*this, QStringLiteral("PRAGMA foreign_keys=ON"));
    Statement::run(*this, QStringLiteral("PRAGMA trusted_schema=OFF"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Statement::scalar(*this, QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::copyTo(const QString& path) const
{
    // VACUUM INTO refuses an existing target too, but its message names no file.
    if (QFileInfo::exists(path)) {
        throw StorageError(StorageError::Kind::InvalidInput, tr("%1 exists already.").arg(path));
    }
    Statement copy(*this, QStringLiteral("VACUUM INTO :path"));
    copy.bind(QStringLiteral(":path"), QFileInfo(path).absoluteFilePath()).exec();
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}
