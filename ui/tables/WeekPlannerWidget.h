// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;
class QUndoStack;
class Workspace;

// "My visits this week": the rep's interactions per day with their flags (no objective,
// review due, deal with no next step) and the open deals nobody has a next step for, from
// which a visit can be planned (Ctrl+Shift+N on the deal).
class WeekPlannerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekPlannerWidget)
public:
    explicit WeekPlannerWidget(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    void setRep(const QString& ownerId);
    void setWeek(const QDate& dayInWeek);
    void refresh();

    QStandardItemModel* daysModel() const { return m_days; }
    QStandardItemModel* dealsModel() const { return m_deals; }

signals:
    // An interaction was activated (Enter or double click): show it in the table.
    void interactionActivated(const QString& interactionId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillReps();
    void planVisitForCurrentDeal();

    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QDate m_weekStart;
    bool m_stale = false; // changed while hidden: refresh when shown
    QComboBox* m_rep = nullptr;
    QLabel* m_weekLabel = nullptr;
    QLabel* m_flags = nullptr;
    QStandardItemModel* m_days = nullptr;
    QStandardItemModel* m_deals = nullptr;
    QTreeView* m_daysView = nullptr;
    QTreeView* m_dealsView = nullptr;
};
