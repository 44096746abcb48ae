// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BoardFilter.h"
#include "core/domain/Pipeline.h"
#include "core/storage/BoardSearchIndex.h"
#include "core/storage/PipelineBoardQuery.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class BoardPageFetcher;
class StageColumnModel;
class Workspace;
class WorkspaceEvents;

/**
 * The state behind the kanban: one StageColumnModel per stage of the chosen pipeline (open
 * stages in order, then Won and Lost), the filter, and the column totals. It listens to
 * WorkspaceEvents and updates only what changed: the changed deals' cards are read again and
 * moved between columns, then the totals are read again (one grouped query).
 */
class PipelineBoard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineBoard)
public:
    explicit PipelineBoard(QObject* parent = nullptr);
    ~PipelineBoard() override;

    // nullptr closes the board. The workspace must outlive the board or be replaced first.
    void setWorkspace(Workspace* workspace, const QString& pipelineId = {});
    Workspace* workspace() const { return m_workspace; }
    // Shows a pipeline of the workspace; an unknown id falls back to the first pipeline.
    void setPipeline(const QString& pipelineId);
    const Pipeline& pipeline() const { return m_pipeline; }
    void setFilter(const BoardFilter& filter);
    const BoardFilter& filter() const { return m_filter; }
    void setFiscalYearStartMonth(int month);

    int columnCount() const { return static_cast<int>(m_columns.size()); }
    StageColumnModel* column(int index) const;
    StageColumnModel* columnForStage(const QString& stageId) const;
    int columnIndex(const QString& stageId) const;
    StageTotals totals(const QString& stageId) const { return m_totals.value(stageId); }
    QString baseCurrency() const { return m_baseCurrency; }

    // Reads everything again (first pages of the loaded columns and the totals).
    void reload();
    // Reads the deal and account names for the type-ahead now (the rep is about to type).
    void prepareSearch();
    bool isSearchPrepared() const { return m_searchIndex && m_searchIndex->isLoaded(); }

signals:
    // The set of columns changed (another pipeline, stages edited): views rebuild.
    void columnsReset();
    void totalsChanged();
    // A read failed; the message is fit to show.
    void errorOccurred(const QString& message);

private:
    void rebuildColumns();
    void refreshTotals();
    void resetColumn(StageColumnModel& model, bool loadNow);
    void onDealsChanged(const QStringList& dealIds);
    void onDealsRemoved(const QStringList& dealIds);
    void onAccountsChanged();
    void onWorkspaceReloaded();
    std::unique_ptr<PipelineBoardQuery> makeQuery() const;
    BoardPageFetcher* fetcher();

    Workspace* m_workspace = nullptr;
    QPointer<WorkspaceEvents> m_events;
    Pipeline m_pipeline;
    BoardFilter m_filter;
    int m_fiscalYearStartMonth = 1;
    // Deal and account names in memory for the type-ahead; read on the first search.
    std::unique_ptr<BoardSearchIndex> m_searchIndex;
    std::unique_ptr<PipelineBoardQuery> m_query;
    // Reads the next pages of scrolled columns off the GUI thread; made on first use, so
    // opening the board does not wait for a second connection.
    std::unique_ptr<BoardPageFetcher> m_fetcher;
    std::vector<std::unique_ptr<StageColumnModel>> m_columns;
    QHash<QString, StageTotals> m_totals;
    QString m_baseCurrency;
};
