// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QObject>

#include <memory>

class Clock;
class QUndoGroup;
class QUndoStack;
class Workspace;

/**
 * The open workspace of a window and its undo stack: one QUndoStack per workspace, made
 * active in an undo group so that the Edit menu's actions follow whichever is open.
 * Opening a file records it in the recent files and as the last workspace.
 *
 * On a change, workspaceChanged() is emitted while the previous workspace still exists;
 * it and its undo stack (whose commands may refer to it) are deleted right after.
 */
class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)
public:
    explicit WorkspaceSession(const Clock& clock, QObject* parent = nullptr);
    ~WorkspaceSession() override;

    Workspace* workspace() const { return m_workspace.get(); }
    QUndoStack* undoStack() const { return m_undoStack.get(); }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    const Clock& clock() const { return m_clock; }

    // Open or create `path` and make it current. Throw StorageError and leave the current
    // workspace open on failure.
    void open(const QString& path, Database::Access access);
    void create(const QString& path);
    // Make an already opened workspace current (e.g. one the demo generator just wrote).
    void adopt(std::unique_ptr<Workspace> workspace);
    void close();

signals:
    void workspaceChanged(Workspace* workspace);

private:
    void replace(std::unique_ptr<Workspace> workspace);

    const Clock& m_clock;
    QUndoGroup* m_undoGroup = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undoStack;
};
