// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewNames.h"

#include "core/review/ForecastAccuracy.h"

#include <QAbstractTableModel>

// Forecast accuracy: per snapshot of an ended period, the team's and each rep's forecast
// against what closed.
class AccuracyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccuracyModel)
public:
    enum Column
    {
        Taken,
        Period,
        Rep,
        Forecast,
        Actual,
        Accuracy,
        ColumnCount
    };
    // A forecast within this share of the actual is good (DOMAIN.md §4: 90–95 %).
    static constexpr double kGood = 0.9;

    explicit AccuracyModel(QObject* parent = nullptr);

    void setRows(const QList<AccuracyRow>& rows, const ReviewNames& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccuracyRow> m_rows;
    ReviewNames m_names;
};
