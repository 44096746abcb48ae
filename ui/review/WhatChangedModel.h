// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewNames.h"

#include "core/domain/ReviewSnapshot.h"
#include "core/review/DealChangeRow.h"

#include <QAbstractTableModel>
#include <QHash>

// "What changed since …": one row per net change of a deal, newest first, with the
// manager's note on the deal in the current review.
class WhatChangedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatChangedModel)
public:
    enum Column
    {
        When,
        Deal,
        Owner,
        Change,
        From,
        To,
        Delta,
        Note,
        ColumnCount
    };
    enum Role
    {
        DealIdRole = Qt::UserRole,
        SortRole,
    };

    explicit WhatChangedModel(QObject* parent = nullptr);

    void setRows(const QList<DealChangeRow>& rows, const ReviewNames& names);
    // Notes of the current review, by deal id.
    void setNotes(const QList<ReviewNote>& notes);
    const DealChangeRow* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString from(const DealChangeRow& row) const;
    QString to(const DealChangeRow& row) const;

    QList<DealChangeRow> m_rows;
    QHash<QString, ReviewNote> m_notes;
    ReviewNames m_names;
};
