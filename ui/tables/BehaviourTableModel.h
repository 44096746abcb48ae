// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/InteractionRepository.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QPointer>

class Workspace;

// The behaviour table (销售行为控制表, DOMAIN.md §2): one row per interaction with every
// field of the plan and review halves and the coaching ratings. Rows come from one store
// query (the scope: rep, period, deal, account); grouped by week, the rows hang under one
// parent row per week. Edits go through the side form and undo commands; the model follows
// WorkspaceEvents and refreshes the rows that changed.
class BehaviourTableModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BehaviourTableModel)
public:
    enum Column
    {
        When,
        Type,
        Rep,
        Deal,
        Account,
        Contacts,
        Appointment,
        HowSecured,
        Objective,
        MinimumObjective,
        ConversationLogic,
        CustomerNeeds,
        Advantages,
        Outcome,
        Commitment,
        NextStep,
        NextStepDate,
        CoachNote,
        RatingPlanning,
        RatingQuestioning,
        RatingValue,
        RatingObjections,
        RatingCommitment,
        Flags,
        ColumnCount
    };
    // The interaction id of a row (empty for a week row).
    static constexpr int IdRole = Qt::UserRole + 20;
    // The start of the week of a row (week rows and interaction rows alike).
    static constexpr int WeekRole = Qt::UserRole + 21;
    // Raw type and outcome (their enum values) for the filter proxy.
    static constexpr int TypeRole = Qt::UserRole + 22;
    static constexpr int OutcomeRole = Qt::UserRole + 23;

    explicit BehaviourTableModel(QObject* parent = nullptr);

    // Reads the rows of `filter` (the whole workspace when empty) once: a view that opens on
    // a scope passes it here instead of loading everything and then narrowing.
    void setWorkspace(Workspace* workspace, const InteractionFilter& filter = {});
    // The store scope; reloads.
    void setFilter(const InteractionFilter& filter);
    const InteractionFilter& filter() const { return m_filter; }
    void setGroupByWeek(bool group);
    bool groupByWeek() const { return m_group; }
    void reload();
    // The row limit was reached: more interactions exist in the scope than are shown.
    bool truncated() const { return m_truncated; }
    int interactionCount() const { return static_cast<int>(m_rows.size()); }

    const InteractionListing* listing(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& interactionId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int kRowLimit = 20000;

private:
    struct Week
    {
        QDate start;
        QList<int> rows; // indexes into m_rows, in time order
    };

    void rebuildWeeks();
    void onInteractionsChanged(const QStringList& ids);
    bool inScope(const Interaction& interaction) const;
    int weekOfRow(int row) const;
    QVariant cell(const InteractionListing& row, int column, int role) const;
    QVariant weekCell(const Week& week, int column, int role) const;

    QPointer<QObject> m_events;
    Workspace* m_workspace = nullptr;
    InteractionFilter m_filter;
    bool m_group = false;
    bool m_truncated = false;
    QList<InteractionListing> m_rows;
    QList<Week> m_weeks;
};
