// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/StrategyWarnings.h"
#include "core/domain/Deal.h"

#include <QAbstractTableModel>

class Workspace;

// Every deal that has a strategy sheet, with its progress and warnings: the list the
// Strategy area starts from.
class StrategySheetListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategySheetListModel)
public:
    enum Column
    {
        DealName,
        Account,
        Owner,
        Stage,
        CloseDate,
        Amount,
        Milestones,
        Warnings,
        Decision,
        ColumnCount
    };
    static constexpr int DealIdRole = Qt::UserRole + 40;

    explicit StrategySheetListModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void reload();
    int rowOf(const QString& dealId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        Deal deal;
        QString account;
        QString owner;
        QString stage;
        int stageOrder = 0;
        int milestones = 0;
        QList<StrategyWarning> warnings;
        QString decision;
    };

    Workspace* m_workspace = nullptr;
    QList<Row> m_rows;
};
