// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class BehaviourTableWidget;
class CoachingWidget;
class QTabWidget;
class QUndoStack;
class WeekPlannerWidget;
class Workspace;

// The Behaviour area of the main window: the behaviour table, the week planner and the
// coaching summary as tabs (Ctrl+PgDown / Ctrl+PgUp switch them).
class BehaviourPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BehaviourPage)
public:
    explicit BehaviourPage(QWidget* parent = nullptr);

    // Null workspace: nothing is shown. Call again after every workspaceChanged().
    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    // Shows one interaction in the table (from the board card or the deal editor).
    void showInteraction(const QString& interactionId);

    BehaviourTableWidget* table() const { return m_table; }
    WeekPlannerWidget* planner() const { return m_planner; }
    CoachingWidget* coaching() const { return m_coaching; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    Workspace* m_workspace = nullptr;
    QTabWidget* m_tabs = nullptr;
    BehaviourTableWidget* m_table = nullptr;
    WeekPlannerWidget* m_planner = nullptr;
    CoachingWidget* m_coaching = nullptr;
};
