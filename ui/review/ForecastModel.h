// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewNames.h"

#include "core/analytics/ForecastBlock.h"
#include "core/domain/Money.h"

#include <QAbstractTableModel>

#include <optional>

// "What will we close": the team row, then one row per rep. A rep's quota is editable; the
// model does not store the edit but asks for it with quotaEdited (the page turns it into an
// undoable command), and shows it once the forecast is recomputed.
class ForecastModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastModel)
public:
    enum Column
    {
        Rep,
        Closed,
        Commit,
        BestCase,
        Weighted,
        OpenPipeline,
        Quota,
        Gap,
        Coverage,
        NeededCoverage,
        ColumnCount
    };
    enum Role
    {
        OwnerIdRole = Qt::UserRole,
    };

    explicit ForecastModel(QObject* parent = nullptr);

    void setBlocks(const ForecastBlock& team, const QList<ForecastBlock>& reps, const ReviewNames& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A new quota in base currency for the rep; none clears it.
    void quotaEdited(const QString& ownerId, const std::optional<Money>& quota);

private:
    const ForecastBlock& blockAt(int row) const;
    QVariant display(const ForecastBlock& block, int column) const;

    ForecastBlock m_team;
    QList<ForecastBlock> m_reps;
    ReviewNames m_names;
};
