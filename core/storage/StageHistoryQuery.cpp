// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageHistoryQuery.h"

#include "DealIdTable.h"
#include "SqlCursor.h"

#include "core/util/Timestamp.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>
#include <vector>

namespace {

// Distinct (first, second) byte-string pairs, few of them and met in long runs (the rows come in
// index order): the pair met last is tried first, then the list, without hashing every row.
class FewPairs
{
public:
    size_t indexOf(QByteArrayView first, QByteArrayView second)
    {
        auto matches = [&](const std::pair<QByteArray, QByteArray>& pair) {
            return QByteArrayView(pair.first) == first && QByteArrayView(pair.second) == second;
        };
        if (m_last < m_pairs.size() && matches(m_pairs[m_last])) {
            return m_last;
        }
        m_last = size_t(std::find_if(m_pairs.cbegin(), m_pairs.cend(), matches) - m_pairs.cbegin());
        if (m_last == m_pairs.size()) {
            m_pairs.emplace_back(first.toByteArray(), second.toByteArray());
        }
        return m_last;
    }
    size_t size() const { return m_pairs.size(); }
    const std::pair<QByteArray, QByteArray>& at(size_t index) const { return m_pairs[index]; }

private:
    std::vector<std::pair<QByteArray, QByteArray>> m_pairs;
    size_t m_last = 0;
};

// SQLite's BINARY order of two texts: bytes, then length.
int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const int bytes = std::memcmp(a.data(), b.data(), size_t(std::min(a.size(), b.size())));
    return bytes != 0 ? bytes : (a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0));
}

// Sets each change's enteredMs to its deal's latest created or stage event before it (0: none).
// One ordered pass over deal_events_stages (0012) instead of a seek per change: a quarter
// holds 63k changes in the 100k-deal file and the seeks cost more than reading all 376k
// entries. The changes are visited in the same (deal, time) order as the index.
void enterTimes(const Database& database, const QList<QByteArray>& dealOf, QList<StageExitRow>& rows)
{
    const qsizetype n = rows.size();
    std::vector<qsizetype> order(size_t(n), 0);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const int deal = compareBytes(dealOf.at(a), dealOf.at(b));
        return deal != 0 ? deal < 0 : rows.at(a).exitedMs < rows.at(b).exitedMs;
    });
    auto rowAt = [&order](qsizetype k) {
        return order[size_t(k)];
    };
    auto dealAt = [&](qsizetype k) -> QByteArrayView {
        return dealOf.at(rowAt(k));
    };
    SqlCursor history(database,
                      "SELECT deal_id, occurred_at FROM deal_events INDEXED BY deal_events_stages "
                      "WHERE field IN ('created', 'stage') AND deleted = 0");
    qsizetype k = 0; // the first change not yet given its entry time
    qint64 last = 0; // the latest event seen so far of dealAt(k)'s deal
    while (k < n && history.next()) {
        const QByteArrayView deal = history.bytes(0);
        int side = compareBytes(deal, dealAt(k));
        while (side > 0) {
            // The history has passed this deal: its changes left are later than all it showed.
            const QByteArrayView passed = dealAt(k);
            for (; k < n && compareBytes(dealAt(k), passed) == 0; ++k) {
                rows[rowAt(k)].enteredMs = last;
            }
            last = 0;
            if (k == n) {
                return;
            }
            side = compareBytes(deal, dealAt(k));
        }
        if (side < 0) {
            continue; // a deal with no change in the span
        }
        const qint64 at = SqlCursor::msecsOf(history.bytes(1));
        // The first event at or after a change: everything seen before it was earlier.
        for (; k < n && compareBytes(dealAt(k), deal) == 0 && rows.at(rowAt(k)).exitedMs <= at; ++k) {
            rows[rowAt(k)].enteredMs = last;
        }
        last = (k < n && compareBytes(dealAt(k), deal) == 0) ? at : 0;
    }
    for (; k < n; ++k) {
        if (k > 0 && compareBytes(dealAt(k), dealAt(k - 1)) != 0) {
            last = 0;
        }
        rows[rowAt(k)].enteredMs = last;
    }
}

// Stage changes out of the pipeline's stages in ?1..?2, by deal owners ?4... (see exits()).
// They come from deal_events_stage_time (0006) without reading event or deal rows. The pipeline
// is told by the stage left; removed deals, or the deals of other owners, are a set built once.
QByteArray changesSql(const char* columns, const QSet<QString>& owners)
{
    QStringList names;
    for (int i = 0; i < int(owners.size()); ++i) {
        names.append(QStringLiteral("?%1").arg(i + 4));
    }
    const QString deals =
        owners.isEmpty()
            ? QStringLiteral("AND e.deal_id NOT IN (SELECT id FROM deals WHERE pipeline_id = ?3 AND deleted = 1)")
            : QStringLiteral("AND e.deal_id IN (SELECT id FROM deals WHERE pipeline_id = ?3 AND deleted = 0 "
                             "AND owner_id IN (%1))")
                  .arg(names.join(QStringLiteral(", ")));
    return (QStringLiteral("SELECT %1 FROM deal_events e "
                           "WHERE e.field = 'stage' AND e.deleted = 0 AND e.occurred_at >= ?1 "
                           "AND e.occurred_at < ?2 "
                           "AND e.old_value IN (SELECT id FROM stages WHERE pipeline_id = ?3) ")
                .arg(QLatin1String(columns)) +
            deals)
        .toUtf8();
}

void bindChanges(SqlCursor& query,
                 const QString& pipelineId,
                 const QSet<QString>& owners,
                 const QDateTime& from,
                 const QDateTime& to)
{
    query.bind(1, Timestamp::toStorage(from)).bind(2, Timestamp::toStorage(to)).bind(3, pipelineId);
    int i = 4;
    for (const QString& owner : owners) {
        query.bind(i++, owner);
    }
}

} // namespace

namespace StageHistoryQuery {

QList<StageTotalRow> openTotals(const Database& database, const QString& pipelineId)
{
    // An index-only scan of deals_board_totals (0003), summed here: SQLite's GROUP BY sorted the
    // 34k open deals of the 100k-deal file in a temporary b-tree, which cost twice the scan. Named,
    // because without the GROUP BY SQLite may take deals_board_age, as wide but not in currency order.
    SqlCursor query(database,
                    "SELECT d.stage_id, d.currency, coalesce(d.owner_id, ''), d.amount_minor FROM deals d "
                    "INDEXED BY deals_board_totals "
                    "WHERE d.pipeline_id = ?1 AND d.deleted = 0 AND d.stage_id IN "
                    "(SELECT id FROM stages WHERE kind = 'open' AND deleted = 0)");
    query.bind(1, pipelineId);
    struct Total
    {
        int deals = 0;
        qint64 amountMinor = 0;
    };
    // The index gives the rows by stage and currency, so the group changes seldom; the owners of
    // a group are numbered once for all groups.
    FewPairs groups; // (stage, currency)
    std::vector<std::vector<Total>> byGroup;
    DealIdTable owners(64);
    while (query.next()) {
        const size_t group = groups.indexOf(query.bytes(0), query.bytes(1));
        if (group >= byGroup.size()) {
            byGroup.resize(group + 1);
        }
        const size_t owner = size_t(owners.add(query.bytes(2)));
        std::vector<Total>& byOwner = byGroup[group];
        if (owner >= byOwner.size()) {
            byOwner.resize(owner + 1);
        }
        ++byOwner[owner].deals;
        byOwner[owner].amountMinor += query.integer(3);
    }
    QList<StageTotalRow> result;
    for (size_t group = 0; group < groups.size(); ++group) {
        const QString stage = QString::fromUtf8(groups.at(group).first);
        const QString currency = QString::fromUtf8(groups.at(group).second);
        const std::vector<Total>& byOwner = byGroup[group];
        for (size_t i = 0; i < byOwner.size(); ++i) {
            if (byOwner[i].deals > 0) {
                result.append(StageTotalRow{QString::fromUtf8(owners.id(qsizetype(i))),
                                            stage,
                                            currency,
                                            byOwner[i].deals,
                                            byOwner[i].amountMinor});
            }
        }
    }
    return result;
}

QList<StageExitRow> exits(const Database& database,
                          const QString& pipelineId,
                          const QSet<QString>& owners,
                          const QDateTime& from,
                          const QDateTime& to)
{
    QList<StageExitRow> result;
    SqlCursor query(database, changesSql("e.deal_id, e.old_value, e.new_value, e.occurred_at", owners).constData());
    bindChanges(query, pipelineId, owners, from, to);
    // Stage ids repeat on every row: one QString per distinct id, shared by the rows.
    QHash<QByteArray, QString> stageIds;
    auto stageOf = [&stageIds](QByteArrayView bytes) {
        const QByteArray key = bytes.toByteArray();
        auto it = stageIds.find(key);
        if (it == stageIds.end()) {
            it = stageIds.insert(key, QString::fromUtf8(key));
        }
        return *it;
    };
    QList<QByteArray> dealOf; // beside `result`: the deal of each change
    while (query.next()) {
        dealOf.append(query.bytes(0).toByteArray());
        StageExitRow row;
        row.fromStage = stageOf(query.bytes(1));
        row.toStage = stageOf(query.bytes(2));
        row.exitedMs = query.msecs(3);
        result.append(std::move(row));
    }
    if (!result.isEmpty()) {
        enterTimes(database, dealOf, result);
    }
    return result;
}

QList<StageMoveRow> moves(const Database& database,
                          const QString& pipelineId,
                          const QSet<QString>& owners,
                          const QDateTime& from,
                          const QDateTime& to)
{
    SqlCursor query(database, changesSql("e.old_value, e.new_value", owners).constData());
    bindChanges(query, pipelineId, owners, from, to);
    // A pipeline has a handful of stages, so a few dozen pairs at most: a list searched from the
    // pair last counted beats hashing each of a quarter's 63k rows.
    FewPairs pairs; // (from, to)
    std::vector<int> counts;
    while (query.next()) {
        const size_t pair = pairs.indexOf(query.bytes(0), query.bytes(1));
        if (pair >= counts.size()) {
            counts.resize(pair + 1);
        }
        ++counts[pair];
    }
    QList<StageMoveRow> result;
    result.reserve(qsizetype(pairs.size()));
    for (size_t pair = 0; pair < pairs.size(); ++pair) {
        result.append(StageMoveRow{
            QString::fromUtf8(pairs.at(pair).first), QString::fromUtf8(pairs.at(pair).second), counts[pair]});
    }
    return result;
}

QList<StageVisitRow>
visitsOfClosed(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to)
{
    // Won and lost deals come from deals_won_cover and deals_lost_cover (0013) without touching
    // a row (named: SQLite preferred the narrower deals_won_at, dropped in 0015). coalesce() on the pipeline
    // keeps SQLite from scanning the whole pipeline through a pipeline index instead of the
    // time range (pipeline_id is NOT NULL, so the result is the same).
    SqlCursor query(database,
                    "SELECT id, coalesce(owner_id, ''), 1 FROM deals INDEXED BY deals_won_cover "
                    "WHERE deleted = 0 AND won_at >= ?1 AND won_at < ?2 AND coalesce(pipeline_id, '') = ?3 "
                    "UNION ALL "
                    "SELECT id, coalesce(owner_id, ''), 0 FROM deals INDEXED BY deals_lost_cover "
                    "WHERE deleted = 0 AND lost_at >= ?1 AND lost_at < ?2 AND coalesce(pipeline_id, '') = ?3");
    query.bind(1, Timestamp::toStorage(from)).bind(2, Timestamp::toStorage(to)).bind(3, pipelineId);
    struct Closed
    {
        QByteArray id;
        QByteArray owner;
        bool won = false;
    };
    std::vector<Closed> deals;
    while (query.next()) {
        deals.push_back(Closed{query.bytes(0).toByteArray(), query.bytes(1).toByteArray(), query.integer(2) != 0});
    }
    if (deals.empty()) {
        return {};
    }
    // Their stages: 12 months close 65k of the 100k-deal file's deals, and one ordered pass over
    // deal_events_stages (0012) costs less than a seek per deal. Each deal counts once per stage.
    std::sort(deals.begin(), deals.end(), [](const Closed& a, const Closed& b) {
        const int id = compareBytes(a.id, b.id);
        return id != 0 ? id < 0 : a.won < b.won;
    });
    SqlCursor history(database,
                      "SELECT deal_id, new_value FROM deal_events INDEXED BY deal_events_stages "
                      "WHERE field IN ('created', 'stage') AND deleted = 0");
    struct Key
    {
        QByteArray owner;
        QByteArray stage;
        bool won = false;
        bool operator<(const Key& other) const
        {
            return std::tie(owner, stage, won) < std::tie(other.owner, other.stage, other.won);
        }
    };
    std::map<Key, int> counts;
    const size_t n = deals.size();
    size_t k = 0;   // the first closed entry of the deal being read
    size_t end = 0; // past its last entry (a deal both won and lost in the span has two)
    auto group = [&] {
        for (end = k + 1; end < n && deals[end].id == deals[k].id;) {
            ++end;
        }
    };
    group();
    QVarLengthArray<QByteArray, 8> seen; // the stages of the current deal
    while (history.next()) {
        const QByteArrayView deal = history.bytes(0);
        int side = compareBytes(deal, deals[k].id);
        while (side > 0) {
            k = end;
            if (k == n) {
                break;
            }
            group();
            seen.clear();
            side = compareBytes(deal, deals[k].id);
        }
        if (k == n) {
            break;
        }
        if (side < 0) {
            continue; // a deal not closed in the span
        }
        const QByteArrayView stage = history.bytes(1);
        if (std::find(seen.cbegin(), seen.cend(), stage) != seen.cend()) {
            continue;
        }
        seen.append(stage.toByteArray());
        for (size_t j = k; j < end; ++j) {
            ++counts[Key{deals[j].owner, seen.back(), deals[j].won}];
        }
    }
    QList<StageVisitRow> result;
    result.reserve(qsizetype(counts.size()));
    for (const auto& [key, count] : counts) {
        result.append(StageVisitRow{QString::fromUtf8(key.owner), QString::fromUtf8(key.stage), key.won, count});
    }
    return result;
}

} // namespace StageHistoryQuery
