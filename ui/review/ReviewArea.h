// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class FunnelPage;
class MainWindow;
class QAction;
class QUndoStack;
class ReviewPage;
class TeamFilesPage;
class Workspace;

// The "Funnel & Review" area: the funnel table, the weekly review and the team files log,
// plus the File menu's "Send to Manager…" and "Import Team Member's File…".
class ReviewArea final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewArea)
public:
    explicit ReviewArea(QWidget* parent = nullptr);

    // Puts the area into the window: its page, the two File menu actions (before Close
    // Workspace) and the wiring to the window's workspace and undo stack.
    static ReviewArea* install(MainWindow& window);

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    FunnelPage* funnelPage() const { return m_funnel; }
    ReviewPage* reviewPage() const { return m_review; }
    TeamFilesPage* teamFilesPage() const { return m_teamFiles; }

signals:
    void openDealRequested(const QString& dealId);

public slots:
    void sendToManager();
    void importTeamFiles(const QStringList& paths = {});

private:
    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    FunnelPage* m_funnel = nullptr;
    ReviewPage* m_review = nullptr;
    TeamFilesPage* m_teamFiles = nullptr;
};
