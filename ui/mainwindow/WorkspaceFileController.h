// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;
class ReportRunner;
struct WorkspaceBackup;
class Workspace;
class WorkspaceSession;

// The File menu's conversations with the user: which file, what went wrong, whether to
// open a write-protected file read-only. Dialogs go through the FileDialog and MessageBox
// seams; the work is done by WorkspaceSession and core.
class WorkspaceFileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceFileController)
public:
    WorkspaceFileController(WorkspaceSession& session, QWidget* dialogParent);

    // Opens `path`, offering read-only when the file is write-protected. On failure the
    // user is told why and the current workspace stays open. Returns whether it opened.
    bool openPath(const QString& path);

    void newWorkspace();
    void openWorkspace();
    void saveCopyAs();
    // File ▸ Restore from Backup…: open a backup as a copy, or replace the workspace with it
    // (after backing the workspace up).
    void restoreFromBackup();
    // File ▸ Compact Workspace…: closes the workspace, lays the file out afresh on a worker
    // thread (VACUUM needs the file to itself) with a busy dialog, and opens it again.
    void compactWorkspace();
    void closeWorkspace();

private:
    // A damaged file: offer to open it read-only or to open the latest good backup as a copy.
    // `viewable`: the damaged file can still be opened read-only to look at what is left.
    bool offerDamaged(const QString& path, const QString& message, bool viewable);
    bool openBackupCopy(const WorkspaceBackup& backup, const QString& workspacePath);
    void backUpOnOpen();
    // The check that went on after opening found damage; the workspace is read-only now.
    void onDamageFound(const QString& message);
    bool isOpen(const QString& path) const;
    void showError(const QString& title, const QString& message);

    WorkspaceSession& m_session;
    QWidget* m_dialogParent;
    ReportRunner* m_compaction;
};
