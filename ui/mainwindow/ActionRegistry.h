// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Area.h"

#include <QObject>

#include <array>

class QAction;
class QActionGroup;
class QMenuBar;
class QUndoGroup;
class RecentFilesMenu;

// The window's actions and its menu bar (File, Edit, View, Help). Owns no behaviour: the
// window connects the actions to whoever does the work. Every action has an objectName
// ("actionNew", "actionUndo", "actionArea-pipeline" …) for tests and later features.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)
public:
    // Undo and Redo come from `undoGroup`, so they follow the open workspace's stack.
    ActionRegistry(QUndoGroup* undoGroup, QWidget* parent);

    void populate(QMenuBar* menuBar);

    QAction* newWorkspace() const { return m_new; }
    QAction* open() const { return m_open; }
    RecentFilesMenu* recentFiles() const { return m_recentFiles; }
    QAction* saveCopyAs() const { return m_saveCopyAs; }
    QAction* restoreBackup() const { return m_restoreBackup; }
    QAction* compactWorkspace() const { return m_compact; }
    QAction* closeWorkspace() const { return m_close; }
    QAction* quit() const { return m_quit; }
    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }
    QAction* area(Area area) const;
    QAction* about() const { return m_about; }
    QAction* welcome() const { return m_welcome; }
    QAction* preferences() const { return m_preferences; }
    QAction* userGuide() const { return m_userGuide; }

    // Enables what needs an open workspace.
    void setWorkspaceOpen(bool open);

signals:
    void areaTriggered(Area area);

private:
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    RecentFilesMenu* m_recentFiles = nullptr;
    QAction* m_saveCopyAs = nullptr;
    QAction* m_restoreBackup = nullptr;
    QAction* m_compact = nullptr;
    QAction* m_close = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QActionGroup* m_areaGroup = nullptr;
    std::array<QAction*, kAllAreas.size()> m_areas{};
    QAction* m_about = nullptr;
    QAction* m_welcome = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_userGuide = nullptr;
};
