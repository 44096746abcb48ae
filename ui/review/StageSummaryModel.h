// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewNames.h"

#include "core/analytics/StageSummaryRow.h"

#include <QAbstractTableModel>

// The summary rows of the funnel table: per open stage, and a total row at the bottom.
class StageSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageSummaryModel)
public:
    enum Column
    {
        Stage,
        Deals,
        Amount,
        Weighted,
        AverageDays,
        Conversion,
        ColumnCount
    };

    explicit StageSummaryModel(QObject* parent = nullptr);

    void setRows(const QList<StageSummaryRow>& rows, const ReviewNames& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StageSummaryRow> m_rows;
    StageSummaryRow m_total;
    ReviewNames m_names;
};
