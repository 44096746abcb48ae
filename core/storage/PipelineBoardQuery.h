// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BoardFilter.h"
#include "core/domain/Money.h"
#include "core/domain/Pipeline.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

class BoardSearchIndex;
class Clock;
class Database;

// What a kanban card shows: only the fields a card needs, read in one query.
struct DealCard
{
    QString id;
    QString name;
    QString accountName;
    QString ownerId;
    QString ownerName;
    QString stageId;
    QVariant sortKey; // the card's key in the filter's order (text, or a number for Amount)
    Money amount;
    std::optional<double> baseAmount; // in base-currency minor units; none when no rate is known
    QDate closeDate;
    QDateTime stageEnteredAt;
    int daysInStage = 0;
    QDateTime lastInteractionAt;       // latest interaction that took place; null when none
    QDateTime nextInteractionAt;       // earliest planned or confirmed interaction from today on
    bool stalled = false;              // DOMAIN.md §4, see PipelineBoardQuery
    std::optional<int> milestonesDone; // decision milestones, when the deal has a strategy sheet
    int milestonesTotal = 0;

    friend bool operator==(const DealCard&, const DealCard&) = default;
};
// Every member moves by its bytes (Qt's implicitly shared types, plain values): a column's
// QList of 15k cards then grows by realloc instead of moving card by card, which took one
// scroll frame 20-40 ms each time the list doubled.
Q_DECLARE_TYPEINFO(DealCard, Q_RELOCATABLE_TYPE);

// Header figures of one board column, in the workspace's base currency.
struct StageTotals
{
    qint64 count = 0;         // every deal shown, convertible or not
    qint64 totalMinor = 0;    // sum of converted amounts, base-currency minor units
    qint64 weightedMinor = 0; // the same weighted by the stage's probability
    qint64 unconvertibleCount = 0;
    QStringList unconvertibleCurrencies; // currencies without a rate: left out of the sums

    friend bool operator==(const StageTotals&, const StageTotals&) = default;
};

/**
 * The pipeline board's reads: per stage, the cards that pass a BoardFilter, a page at a
 * time, and the column totals, summed in SQL.
 *
 * Money: amounts are converted to the base currency with the latest exchange rate valid
 * on or before today (deals in the base currency at rate 1). A currency without a rate is
 * reported in StageTotals::unconvertibleCurrencies and left out of the sums; it is never
 * added as a plain number (DOMAIN.md §7).
 *
 * Stalled: an open deal is stalled when it entered its stage more than the stage's rotting
 * days ago and no interaction took place (scheduled in that window up to now, neither
 * cancelled nor a no-show) for that long. A rotting threshold of 0 means never stalled.
 */
class PipelineBoardQuery final
{
public:
    PipelineBoardQuery(const Database& database, const Clock& clock, int fiscalYearStartMonth = 1);

    // With an index, a text search (BoardSearchIndex::answers) picks its deals and sums its
    // totals in memory; the cards are still read here. The index must outlive the query.
    void setSearchIndex(BoardSearchIndex* index) { m_searchIndex = index; }

    QString baseCurrency() const;
    // Totals by stage id of the pipeline's deals that pass the filter; stages without
    // deals are absent.
    QHash<QString, StageTotals> totals(const Pipeline& pipeline, const BoardFilter& filter) const;
    // Up to `limit` cards of one stage in the filter's order, starting after the card
    // `after` (keyset paging: no OFFSET, so page 100 costs what page 1 costs and a card that
    // arrives or leaves while paging shifts nothing). Without `after`, the first page.
    QList<DealCard> cards(const Pipeline& pipeline,
                          const QString& stageId,
                          const BoardFilter& filter,
                          const DealCard* after,
                          int limit) const;
    // Cards of the given deals that are in the pipeline and pass the filter, in no order.
    QList<DealCard> cardsOf(const Pipeline& pipeline, const QStringList& dealIds, const BoardFilter& filter) const;
    // The latest rate per currency on or before today, as factors from a currency's minor
    // units to base minor units (the base currency itself maps to 1).
    QHash<QString, double> conversionFactors() const;

    // True when `a` comes before `b` in the order of `sort` (the order cards() returns),
    // so a model can place a changed card without asking the database.
    static bool precedes(const DealCard& a, const DealCard& b, BoardSort sort);

private:
    QList<DealCard> cardsInOrder(const Pipeline& pipeline, const QStringList& dealIds, const BoardFilter& filter) const;

    const Database& m_database;
    const Clock& m_clock;
    int m_fiscalYearStartMonth;
    BoardSearchIndex* m_searchIndex = nullptr;
};
