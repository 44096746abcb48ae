// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountListModel.h"

#include "core/storage/AccountPlanRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/CellEditor.h"

#include <QLocale>

AccountListModel::AccountListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AccountListModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (workspace) {
        WorkspaceEvents& events = workspace->events();
        connect(&events, &WorkspaceEvents::accountPlansChanged, this, [this](const QStringList& ids) {
            // A plan edit changes at most the strategic column of its rows.
            m_strategic.clear();
            m_planned.clear();
            for (const AccountPlan& plan : m_workspace->accountPlans().plans()) {
                m_planned.insert(plan.accountId);
                if (plan.strategic) {
                    m_strategic.insert(plan.accountId);
                }
            }
            for (const QString& id : ids) {
                const int row = rowOf(id);
                if (row >= 0) {
                    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }
            }
        });
        connect(&events, &WorkspaceEvents::accountsChanged, this, &AccountListModel::reload);
        connect(&events, &WorkspaceEvents::workspaceReloaded, this, &AccountListModel::reload);
    }
    reload();
}

void AccountListModel::reload()
{
    beginResetModel();
    m_accounts.clear();
    m_strategic.clear();
    m_planned.clear();
    if (m_workspace) {
        m_accounts = m_workspace->accounts().accounts();
        for (const AccountPlan& plan : m_workspace->accountPlans().plans()) {
            m_planned.insert(plan.accountId);
            if (plan.strategic) {
                m_strategic.insert(plan.accountId);
            }
        }
    }
    endResetModel();
}

int AccountListModel::rowOf(const QString& accountId) const
{
    for (int r = 0; r < m_accounts.size(); ++r) {
        if (m_accounts[r].id == accountId) {
            return r;
        }
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Account& account = m_accounts[index.row()];
    const bool strategic = m_strategic.contains(account.id);
    if (role == AccountIdRole) {
        return account.id;
    }
    if (role == StrategicRole) {
        return strategic;
    }
    const bool sort = role == CellRole::Sort;
    if (role != Qt::DisplayRole && !sort) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return account.name;
    case Strategic:
        if (sort) {
            return strategic ? 2 : m_planned.contains(account.id) ? 1 : 0;
        }
        return strategic ? tr("★ strategic") : m_planned.contains(account.id) ? tr("plan") : QString();
    case Industry:
        return account.industry;
    case Segment:
        return account.segment;
    case Employees:
        if (sort) {
            return account.employees.value_or(-1);
        }
        return account.employees ? QLocale().toString(*account.employees) : QString();
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Account");
    case Strategic:
        return tr("Plan");
    case Industry:
        return tr("Industry");
    case Segment:
        return tr("Segment");
    case Employees:
        return tr("Employees");
    default:
        return {};
    }
}
