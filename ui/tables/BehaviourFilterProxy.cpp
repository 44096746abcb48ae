// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourFilterProxy.h"

#include "BehaviourTableModel.h"

#include "ui/common/CellEditor.h"

BehaviourFilterProxy::BehaviourFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CellRole::Sort);
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void BehaviourFilterProxy::setType(std::optional<InteractionType> type)
{
    m_type = type;
    invalidateFilter();
}

void BehaviourFilterProxy::setOutcome(std::optional<InteractionOutcome> outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

void BehaviourFilterProxy::setDealText(const QString& text)
{
    m_dealText = text.trimmed();
    invalidateFilter();
}

void BehaviourFilterProxy::setAccountText(const QString& text)
{
    m_accountText = text.trimmed();
    invalidateFilter();
}

bool BehaviourFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(BehaviourTableModel::IdRole).toString().isEmpty()) {
        // A week row: shown when a child is (recursive filtering), or when nothing filters.
        return !m_type && !m_outcome && m_dealText.isEmpty() && m_accountText.isEmpty();
    }
    if (m_type && index.data(BehaviourTableModel::TypeRole).toInt() != static_cast<int>(*m_type)) {
        return false;
    }
    if (m_outcome && index.data(BehaviourTableModel::OutcomeRole).toInt() != static_cast<int>(*m_outcome)) {
        return false;
    }
    const auto contains = [&](int column, const QString& text) {
        return text.isEmpty() || sourceModel()
                                     ->index(sourceRow, column, sourceParent)
                                     .data(Qt::DisplayRole)
                                     .toString()
                                     .contains(text, Qt::CaseInsensitive);
    };
    return contains(BehaviourTableModel::Deal, m_dealText) && contains(BehaviourTableModel::Account, m_accountText);
}

bool BehaviourFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(CellRole::Sort);
    const QVariant b = right.data(CellRole::Sort);
    if (a.typeId() == b.typeId() && a.typeId() == QMetaType::QString) {
        return a.toString().localeAwareCompare(b.toString()) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
