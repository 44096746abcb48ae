// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/InteractionRepository.h"

#include <QDate>
#include <QWidget>

class BehaviourFilterProxy;
class BehaviourTableModel;
class InteractionForm;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;
class QUndoStack;
class Workspace;

// The behaviour table with its filters (rep, week, deal, account, type, outcome), grouping by
// week, the side form, and the actions Plan a visit (Ctrl+Shift+N / Insert), Log review
// (Ctrl+Shift+R) and Remove (Delete). In the deal editor it is fixed to one deal.
class BehaviourTableWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BehaviourTableWidget)
public:
    explicit BehaviourTableWidget(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    // Shows only this deal's interactions, all dates, without the rep and week filters.
    void setFixedDeal(const QString& dealId);
    void setRep(const QString& ownerId);       // empty: all reps
    void setWeek(const QDate& dayInWeek);      // the first week of the period shown
    void setPeriodWeeks(int weeks);            // 1, 4, 12, or 0 for all dates
    void selectInteraction(const QString& id); // and show it in the form

    BehaviourTableModel* model() const { return m_model; }
    BehaviourFilterProxy* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    InteractionForm* form() const { return m_form; }

    void planVisit();
    void logReview();
    void removeCurrent();

private:
    QWidget* buildFilterBar();
    // The store scope of the rep, period or fixed deal chosen.
    InteractionFilter scopeFilter() const;
    void applyScope();
    void showScope(); // the period label
    void updateSummary();
    void fillReps();
    QString currentId() const;

    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QString m_fixedDeal;
    QDate m_weekStart;
    int m_weeks = 1;
    BehaviourTableModel* m_model = nullptr;
    BehaviourFilterProxy* m_proxy = nullptr;
    QTreeView* m_view = nullptr;
    InteractionForm* m_form = nullptr;
    QWidget* m_scopeBar = nullptr;
    QComboBox* m_rep = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_weekLabel = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_dealText = nullptr;
    QLineEdit* m_accountText = nullptr;
    QCheckBox* m_group = nullptr;
    QLabel* m_summary = nullptr;
};
