// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/BehaviourSummary.h"

#include <QAbstractTableModel>
#include <QHash>

class Workspace;

// Coaching per rep (DOMAIN.md §2): interactions per week, share with an objective, objective
// hit rate and average skill ratings over a window of weeks (4 or 12), one row per rep with
// interactions or a rep role.
class CoachingSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoachingSummaryModel)
public:
    enum Column
    {
        Rep,
        Interactions,
        PerWeek,
        WeeklyTrend,
        ObjectiveShare,
        Reviewed,
        HitRate,
        Planning,
        Questioning,
        Value,
        Objections,
        Commitment,
        AverageRating,
        ColumnCount
    };
    static constexpr int OwnerIdRole = Qt::UserRole + 30;

    explicit CoachingSummaryModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setWeeks(int weeks);
    int weeks() const { return m_weeks; }
    void reload();
    const RepBehaviour* rep(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace* m_workspace = nullptr;
    int m_weeks = 4;
    QList<RepBehaviour> m_reps;
    QHash<QString, QString> m_names;
};
