// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineBoard.h"

#include "BoardPageFetcher.h"
#include "StageColumnModel.h"

#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

namespace {
// Above this many changed deals one reload is cheaper than reading each card again.
constexpr int kIncrementalLimit = 300;
} // namespace

PipelineBoard::PipelineBoard(QObject* parent)
    : QObject(parent)
{}

PipelineBoard::~PipelineBoard() = default;

std::unique_ptr<PipelineBoardQuery> PipelineBoard::makeQuery() const
{
    auto query =
        std::make_unique<PipelineBoardQuery>(m_workspace->database(), m_workspace->clock(), m_fiscalYearStartMonth);
    query->setSearchIndex(m_searchIndex.get());
    return query;
}

BoardPageFetcher* PipelineBoard::fetcher()
{
    if (!m_fetcher && m_workspace) {
        m_fetcher = std::make_unique<BoardPageFetcher>(m_workspace->database());
    }
    return m_fetcher.get();
}

void PipelineBoard::setWorkspace(Workspace* workspace, const QString& pipelineId)
{
    if (m_events) {
        disconnect(m_events, nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_events = workspace ? &workspace->events() : nullptr;
    m_query.reset();
    m_fetcher.reset();
    m_searchIndex.reset();
    m_pipeline = {};
    if (m_workspace) {
        m_searchIndex = std::make_unique<BoardSearchIndex>(m_workspace->database());
        m_query = makeQuery();
        connect(m_events, &WorkspaceEvents::dealsChanged, this, &PipelineBoard::onDealsChanged);
        connect(m_events, &WorkspaceEvents::dealsRemoved, this, &PipelineBoard::onDealsRemoved);
        connect(m_events, &WorkspaceEvents::pipelinesChanged, this, &PipelineBoard::onWorkspaceReloaded);
        connect(m_events, &WorkspaceEvents::workspaceReloaded, this, &PipelineBoard::onWorkspaceReloaded);
        // Names, interactions (stalled, next step) and rates show on every card: read again.
        connect(m_events, &WorkspaceEvents::ownersChanged, this, &PipelineBoard::reload);
        connect(m_events, &WorkspaceEvents::accountsChanged, this, &PipelineBoard::onAccountsChanged);
        connect(m_events, &WorkspaceEvents::interactionsChanged, this, &PipelineBoard::reload);
        // A sheet's milestones show on its deal's card.
        connect(m_events, &WorkspaceEvents::strategySheetsChanged, this, &PipelineBoard::onDealsChanged);
    }
    setPipeline(pipelineId);
}

void PipelineBoard::setPipeline(const QString& pipelineId)
{
    Pipeline chosen;
    if (m_workspace) {
        try {
            const QList<Pipeline> pipelines = m_workspace->pipelines().pipelines();
            for (const Pipeline& pipeline : pipelines) {
                if (pipeline.id == pipelineId) {
                    chosen = pipeline;
                }
            }
            if (chosen.id.isEmpty() && !pipelines.isEmpty()) {
                chosen = pipelines.first();
            }
        } catch (const StorageError& error) {
            emit errorOccurred(error.message());
        }
    }
    m_pipeline = chosen;
    rebuildColumns();
}

void PipelineBoard::setFilter(const BoardFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    reload();
}

void PipelineBoard::setFiscalYearStartMonth(int month)
{
    m_fiscalYearStartMonth = month;
    if (m_workspace) {
        m_query = makeQuery();
        reload();
    }
}

StageColumnModel* PipelineBoard::column(int index) const
{
    return index >= 0 && index < columnCount() ? m_columns[static_cast<size_t>(index)].get() : nullptr;
}

StageColumnModel* PipelineBoard::columnForStage(const QString& stageId) const
{
    return column(columnIndex(stageId));
}

int PipelineBoard::columnIndex(const QString& stageId) const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (m_columns[static_cast<size_t>(i)]->stage().id == stageId) {
            return i;
        }
    }
    return -1;
}

void PipelineBoard::rebuildColumns()
{
    // New models for the new stages; the views are told first, so they let go of the old ones.
    std::vector<std::unique_ptr<StageColumnModel>> columns;
    for (const Stage& stage : m_pipeline.stages) {
        auto model = std::make_unique<StageColumnModel>(stage);
        columns.push_back(std::move(model));
    }
    m_columns.swap(columns);
    emit columnsReset();
    reload();
    // The old models are deleted after the views let go of them.
    for (auto& old : columns) {
        old.release()->deleteLater();
    }
}

void PipelineBoard::resetColumn(StageColumnModel& model, bool loadNow)
{
    model.setSort(m_filter.sort);
    model.setToday(m_workspace ? m_workspace->clock().today() : QDate::currentDate());
    if (!m_query) {
        model.reset({});
        return;
    }
    const QString stageId = model.stage().id;
    model.reset(
        [this, stageId](const DealCard* after, int limit) -> QList<DealCard> {
            if (!m_query) {
                return {}; // the workspace closed while this model waits for deletion
            }
            try {
                return m_query->cards(m_pipeline, stageId, m_filter, after, limit);
            } catch (const StorageError& error) {
                emit errorOccurred(error.message());
                return {};
            }
        },
        loadNow);
    // A search answered by the in-memory index pages through that index, on this thread.
    if (m_searchIndex && BoardSearchIndex::answers(m_filter)) {
        model.setPrefetch({});
        return;
    }
    model.setPrefetch([this, stageId](const DealCard& after, int limit, BoardPageFetcher::Done done) {
        BoardPageFetcher* pages = m_query ? fetcher() : nullptr;
        if (!pages) {
            done(false, {});
            return;
        }
        pages->request(m_pipeline,
                       stageId,
                       m_filter,
                       after,
                       limit,
                       m_workspace->clock().nowUtc(),
                       m_fiscalYearStartMonth,
                       std::move(done));
    });
}

void PipelineBoard::reload()
{
    for (auto& model : m_columns) {
        // A column that was loaded (shown) loads again at once; a folded one when it opens.
        resetColumn(*model, model->isLoaded() || model->stage().isOpen());
    }
    refreshTotals();
}

void PipelineBoard::prepareSearch()
{
    if (!m_searchIndex || m_searchIndex->isLoaded()) {
        return;
    }
    try {
        m_searchIndex->load();
    } catch (const StorageError& error) {
        m_searchIndex->clear();
        emit errorOccurred(error.message());
    }
}

void PipelineBoard::refreshTotals()
{
    m_totals.clear();
    if (m_query && !m_pipeline.id.isEmpty()) {
        try {
            m_baseCurrency = m_query->baseCurrency();
            m_totals = m_query->totals(m_pipeline, m_filter);
        } catch (const StorageError& error) {
            emit errorOccurred(error.message());
        }
    }
    emit totalsChanged();
}

void PipelineBoard::onWorkspaceReloaded()
{
    if (m_searchIndex) {
        m_searchIndex->clear();
    }
    setPipeline(m_pipeline.id);
}

void PipelineBoard::onAccountsChanged()
{
    if (m_searchIndex && m_searchIndex->isLoaded()) {
        try {
            m_searchIndex->refreshAccounts();
        } catch (const StorageError& error) {
            m_searchIndex->clear();
            emit errorOccurred(error.message());
        }
    }
    reload();
}

void PipelineBoard::onDealsChanged(const QStringList& dealIds)
{
    if (!m_query || m_pipeline.id.isEmpty()) {
        return;
    }
    try {
        m_searchIndex->refreshDeals(dealIds);
    } catch (const StorageError& error) {
        m_searchIndex->clear(); // read again on the next search
        emit errorOccurred(error.message());
    }
    if (dealIds.size() > kIncrementalLimit) {
        reload();
        return;
    }
    QList<DealCard> cards;
    try {
        cards = m_query->cardsOf(m_pipeline, dealIds, m_filter);
    } catch (const StorageError& error) {
        emit errorOccurred(error.message());
        return;
    }
    for (const DealCard& card : cards) {
        for (auto& model : m_columns) {
            if (model->stage().id != card.stageId) {
                model->removeDeal(card.id);
            }
        }
        if (StageColumnModel* model = columnForStage(card.stageId)) {
            model->placeCard(card);
        }
    }
    // Deals that left the pipeline or no longer pass the filter.
    for (const QString& id : dealIds) {
        const bool shown = std::any_of(cards.cbegin(), cards.cend(), [&id](const DealCard& c) { return c.id == id; });
        if (!shown) {
            for (auto& model : m_columns) {
                model->removeDeal(id);
            }
        }
    }
    refreshTotals();
}

void PipelineBoard::onDealsRemoved(const QStringList& dealIds)
{
    if (m_searchIndex) {
        m_searchIndex->removeDeals(dealIds);
    }
    for (const QString& id : dealIds) {
        for (auto& model : m_columns) {
            model->removeDeal(id);
        }
    }
    refreshTotals();
}
