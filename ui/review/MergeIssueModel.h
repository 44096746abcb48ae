// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/MergeStore.h"

#include <QAbstractTableModel>

// What imports of team members' files could not settle silently: conflicts (the newer
// version was kept, the other is shown) and rows left out with the reason.
class MergeIssueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeIssueModel)
public:
    enum Column
    {
        Source,
        Kind,
        Table,
        Row,
        Reason,
        Lost,
        ColumnCount
    };

    explicit MergeIssueModel(QObject* parent = nullptr);

    void clear();
    void append(const QString& source, const QList<MergeIssue>& issues);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A short reading of a losing version: its name, amount and stage where it has them.
    static QString summary(const QString& lostValues);

private:
    QList<std::pair<QString, MergeIssue>> m_issues;
};
