// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AccountListModel;
class AccountPlanWidget;
class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;
class Workspace;

// The Accounts area: the accounts (strategic ones marked, filterable) and the selected
// account's plan beside them.
class AccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)
public:
    explicit AccountsPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    void showAccount(const QString& accountId);

    AccountListModel* listModel() const { return m_list; }
    QTableView* listView() const { return m_view; }
    AccountPlanWidget* plan() const { return m_plan; }
    QCheckBox* strategicOnly() const { return m_strategicOnly; }

private:
    AccountListModel* m_list = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    AccountPlanWidget* m_plan = nullptr;
    QCheckBox* m_strategicOnly = nullptr;
    QLineEdit* m_search = nullptr;
};
