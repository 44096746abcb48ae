// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QCommandLinkButton;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// The first thing a new user sees (and File ▸ Welcome): the demo workspace, a new one, an
// import from CSV, an existing file, and the recent files. It only asks; the window does.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // The action "Import from CSV" triggers; without one the button is disabled and says why.
    void setImportAction(QAction* action);
    // Shows "Back to the workspace" when one is open behind the page.
    void setWorkspaceOpen(bool open);

signals:
    void openDemoRequested();
    void createRequested();
    void openFileRequested();
    void recentFileRequested(const QString& path);
    void backRequested();

private:
    void rebuildRecentFiles();
    void updateImport();

    QCommandLinkButton* m_demo = nullptr;
    QCommandLinkButton* m_create = nullptr;
    QCommandLinkButton* m_import = nullptr;
    QCommandLinkButton* m_open = nullptr;
    QListWidget* m_recent = nullptr;
    QPushButton* m_back = nullptr;
    QPointer<QAction> m_importAction;
};
