// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Owner.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QUndoCommand;
class QUndoStack;
class V2momCascadeView;
class V2momRefreshView;
class V2momSheetEditor;
class Workspace;

// The Goals area: one person's V2MOM sheet for a fiscal year (editor), the alignment of a
// manager's team (cascade) and the mid-year refresh. Edits go onto the workspace's undo
// stack; the page follows WorkspaceEvents to show live measures as the pipeline moves.
class GoalsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsPage)
public:
    explicit GoalsPage(QWidget* parent = nullptr);
    ~GoalsPage() override;

    // Both null: no workspace open.
    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    // Tests: the zone measures are computed in (default: the system's).
    void setTimeZone(const QTimeZone& zone);
    // Shows the sheet of `ownerId` for the fiscal year starting in `year`.
    void showSheet(const QString& ownerId, int year);

    V2momSheetEditor* editor() const { return m_editor; }
    V2momCascadeView* cascade() const { return m_cascade; }
    V2momRefreshView* refreshView() const { return m_refresh; }
    QTabWidget* tabs() const { return m_tabs; }

    // The Markdown of the current sheet and of the current alignment (empty without one).
    QString sheetMarkdown() const;
    QString cascadeMarkdown() const;

private:
    void refresh();
    void scheduleRefresh();
    void fillOwners();
    QString currentOwnerId() const;
    int startMonth() const;
    void push(QUndoCommand* command);
    void createSheet();
    void removeSheet();
    void takeSnapshot();
    void removeSnapshot(const QString& snapshotId);
    void exportMarkdown(bool cascade);
    void showError(const QString& message);
    void updateSpan();

    QPointer<QUndoStack> m_undoStack;
    Workspace* m_workspace = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Owner> m_owners;
    QString m_sheetId;
    QString m_cascadeOwnerId;
    bool m_refreshing = false;
    QTimer* m_refreshTimer = nullptr;
    QComboBox* m_ownerCombo = nullptr;
    QSpinBox* m_yearSpin = nullptr;
    QLabel* m_span = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_remove = nullptr;
    QToolButton* m_export = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_sheetStack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_emptyCreate = nullptr;
    V2momSheetEditor* m_editor = nullptr;
    V2momCascadeView* m_cascade = nullptr;
    V2momRefreshView* m_refresh = nullptr;
};
