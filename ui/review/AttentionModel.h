// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewNames.h"

#include "core/analytics/AttentionItem.h"

#include <QAbstractTableModel>

// "Which deals need me": the attention list of the funnel table, biggest deal first.
class AttentionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionModel)
public:
    enum Column
    {
        Deal,
        Owner,
        Amount,
        Why,
        ColumnCount
    };
    enum Role
    {
        DealIdRole = Qt::UserRole,
    };

    explicit AttentionModel(QObject* parent = nullptr);

    void setItems(const QList<AttentionItem>& items, const ReviewNames& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AttentionItem> m_items;
    ReviewNames m_names;
};
