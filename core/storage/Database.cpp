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
#include <QUrl>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("dealbench-%1").arg(counter.fetchAndAddRelaxed(1));
}

sqlite3* rawHandle(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Stops quick_check once its time is up. SQLite 3.40 (Debian 12) walks the b-trees inside
// one VDBE step and never calls the progress handler there, but it does honour
// sqlite3_interrupt(); so a watchdog thread interrupts the check when the time is spent.
class CheckDeadline final
{
public:
    CheckDeadline(sqlite3* handle, qint64 milliseconds)
    {
        if (!handle || milliseconds <= 0) {
            return;
        }
        m_watchdog = std::thread([this, handle, milliseconds] {
            std::unique_lock lock(m_mutex);
            if (!m_finished.wait_for(lock, std::chrono::milliseconds(milliseconds), [this] { return m_done; })) {
                m_expired = true;
                sqlite3_interrupt(handle); // under the lock: the check is still running
            }
        });
    }
    ~CheckDeadline() { finish(); }
    Q_DISABLE_COPY_MOVE(CheckDeadline)

    // Called as soon as the check returns, so a late interrupt cannot hit another statement.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_finished.notify_one();
        if (m_watchdog.joinable()) {
            m_watchdog.join();
        }
    }
    bool expired() const { return m_expired; }

private:
    std::mutex m_mutex;
    std::condition_variable m_finished;
    bool m_done = false;
    bool m_expired = false;
    std::thread m_watchdog;
};

// SQLITE_DBCONFIG_DEFENSIVE stops SQL from corrupting the file on purpose (writable_schema,
// raw page writes): every file may have come from someone else by mail or USB.
void makeDefensive(const QSqlDatabase& connection)
{
    if (sqlite3* raw = rawHandle(connection)) {
        sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_limit(raw, SQLITE_LIMIT_LENGTH, Database::maximumValueLength);
    }
}

bool hasWriteBit(const QFileInfo& info)
{
    // Not WriteUser: Qt derives it from access(), which says yes to root whatever the bits.
    return info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

// A file on a read-only medium, marked read-only, or in a folder without write permission
// (SQLite must create its -wal and -shm files beside it). Permission bits are read as well
// as access(): a user who marked the file read-only means it, even when running as root.
bool isFolderWriteProtected(const QFileInfo& file)
{
    const QFileInfo folder(file.absolutePath());
    return !folder.isWritable() || !hasWriteBit(folder);
}

bool isWriteProtected(const QFileInfo& file)
{
    return !file.isWritable() || !hasWriteBit(file) || isFolderWriteProtected(file);
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
    if (info.exists() && info.size() > maximumFileSize) {
        throw StorageError(StorageError::Kind::Foreign,
                           tr("%1 is too big to be a Dealbench workspace (%2 bytes).").arg(path).arg(info.size()));
    }
    const bool writeProtected = info.exists() && isWriteProtected(info);
    if (writeProtected && options.access == Access::ReadWrite) {
        throw StorageError(
            StorageError::Kind::ReadOnly,
            tr("%1 is write-protected or on a read-only medium. It can only be opened read-only.").arg(path));
    }
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName(), options.access));
    database->connect(writeProtected && isFolderWriteProtected(info));
    database->checkIdentity();
    database->checkForeignObjects();
    database->checkIntegrity(options.acceptDamaged && database->isReadOnly(), options.integrityBudgetMs);
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
    const int version = database->schemaVersion();
    if (version > 0 && version < currentSchemaVersion() && options.beforeMigration) {
        options.beforeMigration(*database);
    }
    Migrations::migrate(*database);
    return database;
}

std::unique_ptr<Database> Database::openAnotherConnection(Access access) const
{
    return openWorkerConnection(m_path, access);
}

std::unique_ptr<Database> Database::openWorkerConnection(const QString& path, Access access)
{
    std::unique_ptr<Database> database(new Database(path, nextConnectionName(), access));
    database->connect();
    database->applyPragmas();
    return database;
}

void Database::connect(bool immutable)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    connection.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_access == Access::ReadOnly) {
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    if (immutable && m_access == Access::ReadOnly) {
        connection.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                                   QStringLiteral("?immutable=1"));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    connection.setConnectOptions(connectOptions);
    if (!connection.open()) {
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("Could not open %1: %2").arg(m_path, connection.lastError().text()));
    }
    makeDefensive(connection);
    m_handle = rawHandle(connection);
    // Checks every cell's size as pages are read, so a crafted page cannot make SQLite read
    // beyond it; costs a little speed, worth it for files that arrive by mail.
    Statement::run(*this, QStringLiteral("PRAGMA cell_size_check=ON"));
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
    } catch (const StorageError&) {
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 is damaged or is not a Dealbench workspace.").arg(m_path));
    }
    try {
        tableCount = Statement::scalar(*this, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
    } catch (const StorageError&) {
        // The header (page 1) says it is ours, but a page of the table list is damaged: the
        // user's way out is a backup, so say so instead of "not a workspace".
        if (appId == applicationId) {
            throw StorageError(StorageError::Kind::Unreadable,
                               tr("%1 is damaged: the list of its tables cannot be read, so nothing in it can be "
                                  "shown. Nothing was changed.")
                                   .arg(m_path));
        }
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

void Database::checkForeignObjects()
{
    // Our migrations create tables and indexes only. A trigger or view would run SQL of the
    // file's author inside our transactions (even with trusted_schema off it can rewrite
    // rows); a virtual table runs a module's code on every read.
    const QVariant foreign = Statement::scalar(
        *this,
        QStringLiteral("SELECT type || ' ' || name FROM sqlite_schema WHERE type IN ('trigger', 'view') OR "
                       "(type = 'table' AND upper(substr(ltrim(sql), 1, 20)) = 'CREATE VIRTUAL TABLE') LIMIT 1"));
    if (!foreign.isNull()) {
        throw StorageError(StorageError::Kind::Foreign,
                           tr("%1 contains things Dealbench never creates (%2) and is not opened, to be safe. It "
                              "may have been changed by another program.")
                               .arg(m_path, foreign.toString()));
    }
}

QStringList Database::integrityProblems(qint64 budgetMs, bool* finished) const
{
    if (finished) {
        *finished = true;
    }
    QStringList problems;
    // A file shorter than its pages is cut short (a broken copy); cheap, so always checked.
    // With a write-ahead log beside it, the missing pages may be in the log.
    const QFileInfo file(m_path);
    if (!QFileInfo::exists(m_path + QStringLiteral("-wal")) || QFileInfo(m_path + QStringLiteral("-wal")).size() == 0) {
        try {
            const qint64 pages = Statement::scalar(*this, QStringLiteral("PRAGMA page_count")).toLongLong();
            const qint64 pageSize = Statement::scalar(*this, QStringLiteral("PRAGMA page_size")).toLongLong();
            if (file.size() < pages * pageSize) {
                problems.append(tr("the file is shorter than its contents: it was cut short"));
                return problems;
            }
        } catch (const StorageError& error) {
            problems.append(error.message());
            return problems;
        }
    }
    CheckDeadline deadline(m_handle, budgetMs);
    try {
        Statement check(*this, QStringLiteral("PRAGMA quick_check(20)"));
        check.exec();
        while (check.next()) {
            const QString line = check.text(0);
            if (line == QLatin1String("ok") || line.startsWith(QLatin1String("CHECK constraint failed in ")) ||
                line.startsWith(QLatin1String("NULL value in "))) {
                continue;
            }
            problems.append(line);
        }
        deadline.finish();
    } catch (const StorageError& error) {
        deadline.finish();
        if (!deadline.expired()) {
            problems.append(error.message());
        }
    }
    if (finished) {
        *finished = !deadline.expired();
    }
    if (deadline.expired()) {
        problems.clear(); // out of time: what was checked is fine, the rest is unknown
    }
    return problems;
}

void Database::checkIntegrity(bool acceptDamaged, qint64 budgetMs)
{
    if (budgetMs < 0) {
        m_openCheckFinished = false; // the caller checks later (BackgroundIntegrityCheck)
        return;
    }
    const QStringList problems = integrityProblems(budgetMs, &m_openCheckFinished);
    if (problems.isEmpty()) {
        return;
    }
    if (!acceptDamaged) {
        throw StorageError(StorageError::Kind::Damaged,
                           tr("%1 is damaged (%2). Nothing was changed. You can open it read-only to look at what "
                              "is left, or restore a backup.")
                               .arg(m_path, problems.constFirst()));
    }
    m_damaged = true;
}

void Database::refuseWrites()
{
    Statement::run(*this, QStringLiteral("PRAGMA query_only=ON"));
    m_writesRefused = true;
    m_damaged = true;
}

void Database::interrupt() const
{
    if (m_handle) {
        sqlite3_interrupt(m_handle);
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
    // The reports seek indexes keyed by random UUIDs all over a file of up to a few GB. With
    // SQLite's default 2 MB page cache every report read the same pages from the OS again, one
    // system call and copy per page; 64 MB keeps a period's pages, and mapping the file (up to
    // 1 GB of it) reads the rest without a copy.
    Statement::run(*this, QStringLiteral("PRAGMA cache_size=-65536"));
    Statement::scalar(*this, QStringLiteral("PRAGMA mmap_size=2147418112"));
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
