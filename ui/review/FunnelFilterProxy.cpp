// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelFilterProxy.h"

#include "FunnelTableModel.h"

FunnelFilterProxy::FunnelFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FunnelTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FunnelFilterProxy::setFlowState(std::optional<FlowState> state)
{
    m_state = state;
    invalidateFilter();
}

void FunnelFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool FunnelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_state &&
        model->index(sourceRow, 0, sourceParent).data(FunnelTableModel::FlowStateRole).toInt() != int(*m_state)) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (int column : {FunnelTableModel::Owner, FunnelTableModel::Account, FunnelTableModel::Deal}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}
