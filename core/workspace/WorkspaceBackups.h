// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceBackup.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Clock;
class Database;
class Workspace;

/**
 * The automatic backups of one workspace file (issue 10): a folder per workspace (named
 * after the file) under the backup folder of the settings, by default "backups" in the
 * application's data folder. Copies are taken online (VACUUM INTO), so the workspace stays
 * open; the oldest beyond the kept count are deleted. Backups are taken:
 *  - when the workspace is opened, at most once a day (backupOnOpenIfDue),
 *  - before every migration (migrationHook, passed to Database::open by Workspace::open),
 *  - before every import or merge (beforeRiskyChange),
 *  - of the current file before a backup is restored over it.
 */
class WorkspaceBackups final
{
public:
    WorkspaceBackups(QString folder, int keep);

    // The backups of `workspacePath` where the settings say (folder and count).
    static WorkspaceBackups forWorkspace(const QString& workspacePath);
    // The default root of all backups: <AppDataLocation>/backups.
    static QString defaultRoot();

    const QString& folder() const { return m_folder; }
    int keep() const { return m_keep; }

    // Newest first; files in the folder that are not our backups are ignored.
    QList<WorkspaceBackup> list() const;
    std::optional<WorkspaceBackup> latest() const;
    // The newest backup that passes SQLite's integrity check (what to offer for a damaged file).
    std::optional<WorkspaceBackup> latestGood() const;
    // Copies `database` (not inside a transaction) into the folder, then rotates. Throws
    // StorageError with a message naming the folder when the copy cannot be written; a
    // half-written copy is removed.
    WorkspaceBackup create(const Database& database, const QString& reason, const Clock& clock);
    // Deletes the oldest backups beyond keep().
    void rotate();
    // Copies `backup` to `targetPath` (which must not exist) as a normal workspace file.
    static void copyOut(const WorkspaceBackup& backup, const QString& targetPath);
    // Puts `backup` in the place of `workspacePath`, which nobody may have open: the backup
    // is copied beside it first, then renamed over it in one step, so a failure leaves the
    // old file in place. Take a backup of the old file before (reason "restore").
    static void replaceFile(const WorkspaceBackup& backup, const QString& workspacePath);

    // The hook for risky changes (merge, import): backs up the workspace now and returns the
    // backup. Throws StorageError when no backup could be made: the caller must not go on.
    static WorkspaceBackup beforeRiskyChange(Workspace& workspace, const QString& reason);
    static WorkspaceBackup beforeRiskyChange(const Database& database, const Clock& clock, const QString& reason);
    // The daily backup on open; skipped for read-only workspaces and when the newest backup is
    // less than a day old. Never throws: a failed backup must not stop the open (returns false
    // and tells why in `error`).
    static bool backupOnOpenIfDue(Workspace& workspace, QString* error = nullptr);
    // For Database::OpenOptions::beforeMigration.
    static std::function<void(Database&)> migrationHook(const Clock& clock);

private:
    QString m_folder;
    int m_keep;
};
