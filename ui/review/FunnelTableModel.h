// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewNames.h"

#include "core/analytics/FunnelRow.h"

#include <QAbstractTableModel>
#include <QList>

// The funnel table (销售漏斗表): one row per deal of the period. Display text is formatted
// through QLocale; SortRole gives the raw value, so the proxy sorts numbers as numbers.
class FunnelTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelTableModel)
public:
    enum Column
    {
        Owner,
        Account,
        Deal,
        Amount,
        StageAtStart,
        StageNow,
        DaysInStage,
        CloseDate,
        Slips,
        Category,
        Weighted,
        Flow,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        DealIdRole,
        FlowStateRole, // int(FlowState)
    };

    explicit FunnelTableModel(QObject* parent = nullptr);

    void setRows(const QList<FunnelRow>& rows, const ReviewNames& names);
    const FunnelRow* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const FunnelRow& row, int column) const;
    QVariant sortValue(const FunnelRow& row, int column) const;
    QString toolTip(const FunnelRow& row, int column) const;

    QList<FunnelRow> m_rows;
    ReviewNames m_names;
};
