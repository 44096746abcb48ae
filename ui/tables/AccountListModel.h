// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Account.h"

#include <QAbstractTableModel>
#include <QSet>

class Workspace;

// The accounts of the workspace with their account-plan state, for the Accounts area.
class AccountListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)
public:
    enum Column
    {
        Name,
        Strategic,
        Industry,
        Segment,
        Employees,
        ColumnCount
    };
    static constexpr int AccountIdRole = Qt::UserRole + 50;
    static constexpr int StrategicRole = Qt::UserRole + 51;

    explicit AccountListModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void reload();
    int rowOf(const QString& accountId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace* m_workspace = nullptr;
    QList<Account> m_accounts;
    QSet<QString> m_strategic;
    QSet<QString> m_planned;
};
