// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionModel.h"

#include "ReviewFormat.h"

#include <QStringList>

AttentionModel::AttentionModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AttentionModel::setItems(const QList<AttentionItem>& items, const ReviewNames& names)
{
    beginResetModel();
    m_items = items;
    m_names = names;
    endResetModel();
}

int AttentionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const AttentionItem& item = m_items.at(index.row());
    if (role == DealIdRole) {
        return item.dealId;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Deal) {
        QStringList lines{item.accountName};
        if (item.closeDate.isValid()) {
            lines << tr("Close date %1").arg(ReviewFormat::date(item.closeDate));
        }
        if (item.daysInStage >= 0) {
            lines << tr("%n day(s) in the stage", "", item.daysInStage);
        }
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Deal:
        return item.dealName;
    case Owner:
        return m_names.owner(item.ownerId);
    case Amount:
        return ReviewFormat::money(item.amountBase, m_names.baseCurrency());
    case Why: {
        QStringList reasons;
        for (AttentionReason reason : item.reasons) {
            reasons << attentionReasonDisplayName(reason);
        }
        return reasons.join(tr(", "));
    }
    default:
        return {};
    }
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Deal:
        return tr("Deal");
    case Owner:
        return tr("Owner");
    case Amount:
        return tr("Amount");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}
