// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Area.h"

#include "core/util/Clock.h"

#include <QMainWindow>

#include <memory>

class ActionRegistry;
class AreaStack;
class NavigationSidebar;
class QStackedWidget;
class QUndoStack;
class WelcomePage;
class Workspace;
class WorkspaceFileController;
class WorkspaceSession;
class WorkspaceStatusBar;

// The window: sidebar of areas, one page per area, menus and status bar, around the open
// workspace. It only wires its parts together; features install their page for an area
// with setAreaWidget() and follow workspaceChanged() to (re)load their data.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const Clock& clock = Clock::system(), QWidget* parent = nullptr);
    ~MainWindow() override;

    // The open workspace and its undo stack; both null when no workspace is open. Push every
    // edit of the workspace onto this stack.
    Workspace* workspace() const;
    QUndoStack* undoStack() const;
    WorkspaceSession& session() const { return *m_session; }
    ActionRegistry& actions() const { return *m_actions; }

    // Opens a file as File ▸ Open does (read-only offer, error message, current workspace kept
    // on failure). Returns whether it is open now.
    bool openWorkspace(const QString& path);
    // Makes an already opened workspace current.
    void adoptWorkspace(std::unique_ptr<Workspace> workspace);

    // Installs the page of an area in place of its placeholder (or of a previous page, which
    // is deleted). The window takes ownership.
    void setAreaWidget(Area area, QWidget* widget);
    QWidget* areaWidget(Area area) const;
    Area currentArea() const;
    void setCurrentArea(Area area);
    // The welcome page in place of the areas (File ▸ Welcome; also whenever no workspace is open).
    void showWelcome();
    bool isWelcomeShown() const;

signals:
    // The welcome page's "Open the demo workspace": app/ knows where the demo lives.
    void demoWorkspaceRequested();
    // After a workspace was opened or closed (nullptr), also when the window is destroyed.
    // The previous workspace is still alive during the emission and deleted right after it.
    void workspaceChanged(Workspace* workspace);
    void currentAreaChanged(Area area);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onWorkspaceChanged(Workspace* workspace);
    void restoreWindowState();
    void saveWindowState();
    void showAbout();
    void showAreas();
    void showPreferences();
    void showUserGuide();
    void createWorkspaceFromWelcome();

    WorkspaceSession* m_session = nullptr;
    ActionRegistry* m_actions = nullptr;
    WorkspaceFileController* m_files = nullptr;
    NavigationSidebar* m_sidebar = nullptr;
    AreaStack* m_areas = nullptr;
    WorkspaceStatusBar* m_statusBar = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
};
