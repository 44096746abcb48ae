// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceBackups.h"

#include "Workspace.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/WorkspaceSummaryQuery.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

namespace {
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceBackups", text);
}

// <time UTC>_<reason>_<deal count>.dealbench; sorting the names sorts by time.
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8}-\\d{6}-\\d{3})_([a-z]+)_(\\d+)\\.dealbench$"));
    return pattern;
}

QString sanitizedReason(const QString& reason)
{
    QString clean;
    for (const QChar c : reason.toLower()) {
        if (c >= u'a' && c <= u'z') {
            clean.append(c);
        }
    }
    return clean.isEmpty() ? QStringLiteral("manual") : clean;
}

void removeWithCompanions(const QString& path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path);
}
} // namespace

WorkspaceBackups::WorkspaceBackups(QString folder, int keep)
    : m_folder(std::move(folder))
    , m_keep(std::max(1, keep))
{}

QString WorkspaceBackups::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

WorkspaceBackups WorkspaceBackups::forWorkspace(const QString& workspacePath)
{
    Settings& settings = Settings::instance();
    QString root = settings.value(Settings::Key::BackupFolder).toString();
    if (root.isEmpty()) {
        root = defaultRoot();
    }
    // "pipeline.dealbench" is a common name: reps keep one per year or per team in different
    // folders. Keyed by name alone, their backups would share one folder, rotate each other
    // away and be offered for the wrong file. The name stays for people browsing the folder.
    const QFileInfo info(workspacePath);
    const QString name = info.completeBaseName().isEmpty() ? QStringLiteral("workspace") : info.completeBaseName();
    const QString place = info.absoluteFilePath();
    const QByteArray key = QCryptographicHash::hash(place.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return WorkspaceBackups(QDir(root).filePath(name + u'-' + QString::fromLatin1(key)),
                            settings.value(Settings::Key::BackupKeep).toInt());
}

QList<WorkspaceBackup> WorkspaceBackups::list() const
{
    QList<WorkspaceBackup> backups;
    const QDir folder(m_folder);
    const QStringList names =
        folder.entryList({QStringLiteral("*.dealbench")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = namePattern().match(name);
        if (!match.hasMatch()) {
            continue;
        }
        WorkspaceBackup backup;
        backup.path = folder.filePath(name);
        backup.createdAt = QDateTime::fromString(match.captured(1), kTimeFormat);
        backup.createdAt.setTimeSpec(Qt::UTC);
        backup.reason = match.captured(2);
        backup.dealCount = match.captured(3).toLongLong();
        if (backup.createdAt.isValid()) {
            backups.append(backup);
        }
    }
    return backups;
}

std::optional<WorkspaceBackup> WorkspaceBackups::latest() const
{
    const QList<WorkspaceBackup> backups = list();
    if (backups.isEmpty()) {
        return std::nullopt;
    }
    return backups.constFirst();
}

std::optional<WorkspaceBackup> WorkspaceBackups::latestGood() const
{
    for (const WorkspaceBackup& backup : list()) {
        try {
            Database::open(backup.path, {Database::Access::ReadOnly, false}).reset();
            return backup;
        } catch (const StorageError& error) {
            if (error.kind() == StorageError::Kind::ReadOnly) {
                return backup; // sound, but of an older format: it is upgraded when opened
            }
        }
    }
    return std::nullopt;
}

WorkspaceBackup WorkspaceBackups::create(const Database& database, const QString& reason, const Clock& clock)
{
    if (!QDir().mkpath(m_folder)) {
        throw StorageError(StorageError::Kind::QueryFailed,
                           tr("Could not create the backup folder %1. Check that it can be written, or choose "
                              "another backup folder in the settings.")
                               .arg(QDir::toNativeSeparators(m_folder)));
    }
    WorkspaceBackup backup;
    backup.reason = sanitizedReason(reason);
    backup.dealCount = WorkspaceSummaryQuery::dealCount(database);
    backup.createdAt = clock.nowUtc();
    // Two backups within a millisecond (or a clock set back) must not overwrite each other.
    while (true) {
        backup.path = QDir(m_folder).filePath(QStringLiteral("%1_%2_%3.dealbench")
                                                  .arg(backup.createdAt.toString(kTimeFormat), backup.reason)
                                                  .arg(backup.dealCount));
        if (!QFileInfo::exists(backup.path)) {
            break;
        }
        backup.createdAt = backup.createdAt.addMSecs(1);
    }
    try {
        database.copyTo(backup.path);
    } catch (const StorageError& error) {
        removeWithCompanions(backup.path);
        throw StorageError(StorageError::Kind::QueryFailed,
                           tr("Could not write a backup to %1 (%2). Is the disk full or write-protected?")
                               .arg(QDir::toNativeSeparators(m_folder), error.message()));
    }
    rotate();
    return backup;
}

void WorkspaceBackups::rotate()
{
    const QList<WorkspaceBackup> backups = list();
    for (qsizetype i = m_keep; i < backups.size(); ++i) {
        removeWithCompanions(backups.at(i).path);
    }
}

void WorkspaceBackups::copyOut(const WorkspaceBackup& backup, const QString& targetPath)
{
    if (QFileInfo::exists(targetPath)) {
        throw StorageError(StorageError::Kind::InvalidInput, tr("%1 exists already.").arg(targetPath));
    }
    if (!QFile::copy(backup.path, targetPath)) {
        QFile::remove(targetPath);
        throw StorageError(StorageError::Kind::QueryFailed,
                           tr("Could not copy the backup to %1. Is the disk full or write-protected?")
                               .arg(QDir::toNativeSeparators(targetPath)));
    }
    QFile::setPermissions(targetPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
}

void WorkspaceBackups::replaceFile(const WorkspaceBackup& backup, const QString& workspacePath)
{
    const QString staging = workspacePath + QStringLiteral(".restoring");
    removeWithCompanions(staging);
    copyOut(backup, staging);
    // The old file's write-ahead log belongs to the old file: left beside the restored one,
    // SQLite would replay it into the backup.
    QFile::remove(workspacePath + QStringLiteral("-wal"));
    QFile::remove(workspacePath + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(workspacePath).constData()) != 0) {
        QFile::remove(staging);
        throw StorageError(StorageError::Kind::QueryFailed,
                           tr("Could not replace %1 with the backup. The file is unchanged.")
                               .arg(QDir::toNativeSeparators(workspacePath)));
    }
}

WorkspaceBackup WorkspaceBackups::beforeRiskyChange(Workspace& workspace, const QString& reason)
{
    return beforeRiskyChange(workspace.database(), workspace.clock(), reason);
}

WorkspaceBackup WorkspaceBackups::beforeRiskyChange(const Database& database, const Clock& clock, const QString& reason)
{
    return forWorkspace(database.path()).create(database, reason, clock);
}

bool WorkspaceBackups::backupOnOpenIfDue(Workspace& workspace, QString* error)
{
    if (workspace.isReadOnly()) {
        return false;
    }
    WorkspaceBackups backups = forWorkspace(workspace.path());
    const auto newest = backups.latest();
    const QDateTime now = workspace.clock().nowUtc();
    if (newest && newest->createdAt.secsTo(now) < 24 * 60 * 60 && newest->createdAt <= now) {
        return false;
    }
    try {
        backups.create(workspace.database(), QStringLiteral("open"), workspace.clock());
        return true;
    } catch (const StorageError& failure) {
        if (error) {
            *error = failure.message();
        }
        return false;
    }
}

std::function<void(Database&)> WorkspaceBackups::migrationHook(const Clock& clock)
{
    return [&clock](Database& database) {
        beforeRiskyChange(database, clock, QStringLiteral("migration"));
    };
}
