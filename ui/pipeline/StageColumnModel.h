// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BoardFilter.h"
#include "core/domain/Pipeline.h"
#include "core/storage/PipelineBoardQuery.h"

#include <QAbstractListModel>
#include <QDate>

#include <functional>

/**
 * The cards of one board column. Rows are the database's order of the column (the board
 * filter's sort), loaded a page at a time through canFetchMore()/fetchMore(), so a 20k-card
 * column costs one page until the user scrolls. The loaded rows are always a prefix of the
 * column: a changed card is placed only when its place falls inside that prefix.
 */
class StageColumnModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageColumnModel)
public:
    enum Role
    {
        DealIdRole = Qt::UserRole + 1,
        AccountRole,
        AmountTextRole,
        AmountMinorRole,
        CurrencyRole,
        CloseDateRole,
        OverdueRole, // open deal whose expected close date has passed
        OwnerNameRole,
        OwnerInitialsRole,
        DaysInStageRole,
        StalledRole,
        NextInteractionRole,
        LastInteractionRole,
        MilestonesDoneRole, // null without a strategy sheet
        MilestonesTotalRole,
        StageKindRole,
    };
    Q_ENUM(Role)

    // Loads up to `limit` cards after `after` (nullptr: the first page).
    using PageSource = std::function<QList<DealCard>(const DealCard* after, int limit)>;
    // Reads up to `limit` cards after `after` in the background and calls `done` later on
    // the model's thread (BoardPageFetcher); `ok` false when the read failed.
    using PagePrefetch = std::function<void(
        const DealCard& after, int limit, std::function<void(bool ok, const QList<DealCard>& page)> done)>;

    explicit StageColumnModel(const Stage& stage, QObject* parent = nullptr);

    const Stage& stage() const { return m_stage; }
    void setStage(const Stage& stage) { m_stage = stage; }
    void setSort(BoardSort sort) { m_sort = sort; }
    void setToday(const QDate& today) { m_today = today; }
    // A page costs ~70 us per card (its interaction and milestone subqueries): the first
    // page fills a few screens, so a reset (a search keystroke, a filter change) reads 40
    // cards per column; scrolling reads 40 more whenever the view reaches the end, which
    // keeps the frame that fetches under 16 ms.
    static constexpr int firstPageSize = 40;
    static constexpr int defaultPageSize = 40;
    // Both the first and the later pages.
    void setPageSize(int rows)
    {
        m_firstPageSize = rows;
        m_pageSize = rows;
    }

    // Forgets the rows and takes a new source; with `loadNow` the first page is read inside
    // the reset (one modelReset, no inserts), otherwise on the first fetch or load().
    void reset(PageSource source, bool loadNow = false);
    // Loads the first page now unless it is loaded.
    void load();
    // Without one, pages are read only by fetchMore(), on this thread.
    void setPrefetch(PagePrefetch prefetch) { m_prefetch = std::move(prefetch); }
    int pageSize() const { return m_pageSize; }
    // Asks for the page after the loaded rows in the background unless one is on its way,
    // so the view finds it there before it scrolls to the end. It is appended when it
    // arrives if the rows did not change meanwhile (it could hold a card as it was before a
    // change); otherwise it is dropped and fetchMore() reads the page when needed.
    void prefetch();
    bool isPrefetching() const { return m_prefetching; }
    bool isLoaded() const { return m_loaded; }

    const DealCard& card(int row) const { return m_cards.at(row); }
    int rowOf(const QString& dealId) const;
    // Removes the deal's card; true when it was there.
    bool removeDeal(const QString& dealId);
    // Puts a changed or new card in its sorted place (or updates it where it is); a card
    // whose place lies beyond the loaded rows is left for a later fetch. Returns its row or -1.
    int placeCard(const DealCard& card);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // The drag payload: the ids of the dragged deals, one per line.
    static QString mimeType();
    static QStringList dealIdsFrom(const QMimeData* data);

private:
    int sortedRow(const DealCard& card) const;
    void append(const QList<DealCard>& page, int limit);
    void takePrefetched(quint64 request, quint64 generation, int limit, bool ok, const QList<DealCard>& page);

    Stage m_stage;
    BoardSort m_sort = BoardSort::CloseDate;
    QDate m_today;
    int m_firstPageSize = firstPageSize;
    int m_pageSize = defaultPageSize;
    PageSource m_source;
    PagePrefetch m_prefetch;
    bool m_prefetching = false;
    quint64 m_prefetchRequest = 0;
    quint64 m_generation = 0; // moves on whenever m_cards changes
    QList<DealCard> m_cards;
    bool m_loaded = false;
    bool m_exhausted = false;
};
