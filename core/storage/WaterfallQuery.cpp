// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaterfallQuery.h"

#include "Database.h"
#include "SqlCursor.h"

#include "core/util/Timestamp.h"

#include <QHash>

#include <array>
#include <cstring>
#include <vector>

namespace WaterfallQuery {

namespace {
// Each distinct id text once, by index into the table's texts.
class TextIndex final
{
public:
    explicit TextIndex(QStringList& texts)
        : m_texts(texts)
    {}
    qint32 index(const SqlCursor& cursor, int column)
    {
        if (cursor.isNull(column)) {
            return 0;
        }
        const QByteArrayView bytes = cursor.bytes(column);
        const auto it = m_indices.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (it != m_indices.cend()) {
            return *it;
        }
        m_texts.append(QString::fromUtf8(bytes));
        return *m_indices.insert(bytes.toByteArray(), qint32(m_texts.size() - 1));
    }

private:
    QStringList& m_texts;
    QHash<QByteArray, qint32> m_indices;
};

// The fields the waterfall follows; close date and forecast category do not move money.
enum Field : std::size_t
{
    Stage,
    Amount,
    Currency,
    Owner,
    kFields
};

Field fieldOf(QByteArrayView key)
{
    if (key == "stage") {
        return Stage;
    }
    if (key == "amount") {
        return Amount;
    }
    return key == "currency" ? Currency : Owner;
}

// The old values of each field's first event from some moment on: the values just before it.
// Events come in time order; those of the same moment count in rowid order (DealHistoryQuery
// orders them so), which the index does not give.
struct FirstOlds
{
    std::array<bool, kFields> set{};
    std::array<qint32, kFields> moment{}; // numbers the runs of events with the same stored time
    std::array<qint64, kFields> rowid{};
    std::array<qint64, kFields> value{}; // the amount, or a text index

    void take(Field field, qint32 atMoment, qint64 atRowid, const SqlCursor& event, TextIndex& texts)
    {
        if (set[field] && (moment[field] != atMoment || rowid[field] < atRowid)) {
            return;
        }
        set[field] = true;
        moment[field] = atMoment;
        rowid[field] = atRowid;
        // An amount's text as QString::toLongLong reads it: 0 for NULL or anything else.
        value[field] = field == Amount ? event.bytes(3).toLongLong() : texts.index(event, 3);
    }
    void undo(DealEnd& end) const
    {
        if (set[Stage]) {
            end.stage = qint32(value[Stage]);
        }
        if (set[Amount]) {
            end.minor = value[Amount];
        }
        if (set[Currency]) {
            end.currency = qint32(value[Currency]);
        }
        if (set[Owner]) {
            end.owner = qint32(value[Owner]);
        }
    }
};

// A deal with events from the span's start on, before its row is read.
struct Pending
{
    std::array<char, 40> shortId{}; // most ids (UUID text): on the cache lines the rest is read from
    quint8 shortSize = 0;
    QByteArray longId;
    FirstOlds fromStart;
    qint32 afterEnd = -1; // its first old values from the span's end on, when it has events there
    bool createdFromStart = false;
    bool createdFromEnd = false;
    bool createdInSpan = false;
    QVarLengthArray<qint32, 3> entered;

    QByteArrayView id() const
    {
        return longId.isNull() ? QByteArrayView(shortId.data(), shortSize) : QByteArrayView(longId);
    }
};

// The deals with events by id. 100k-200k events a quarter each find their deal here, in no
// order: a QHash on the id texts spent most of the read waiting for memory (its entry, then the
// key's bytes elsewhere, then the deal). Here a probe reads one 16-byte entry and, when the
// 64-bit hashes match, the deal it names, whose id is inside it.
class PendingDeals final
{
public:
    PendingDeals()
    {
        m_deals.reserve(std::size_t(1) << 16); // pages are only touched as deals come
        m_table.resize(std::size_t(1) << 17);
    }
    qsizetype size() const { return qsizetype(m_deals.size()); }
    Pending* find(QByteArrayView id) { return at(id, hashOf(id)); }
    Pending& findOrAdd(QByteArrayView id)
    {
        const quint64 hash = hashOf(id);
        if (Pending* deal = at(id, hash)) {
            return *deal;
        }
        if ((m_deals.size() + 1) * 2 > m_table.size()) {
            grow();
        }
        Pending& deal = m_deals.emplace_back();
        if (id.size() <= qsizetype(deal.shortId.size())) {
            std::memcpy(deal.shortId.data(), id.data(), std::size_t(id.size()));
            deal.shortSize = quint8(id.size());
        } else {
            deal.longId = id.toByteArray();
        }
        place(hash, qint32(m_deals.size() - 1));
        return deal;
    }

private:
    struct Entry
    {
        quint64 hash = 0;
        qint32 deal = -1;
    };
    static quint64 hashOf(QByteArrayView id) { return qHashBits(id.data(), std::size_t(id.size()), 0x9e3779b9U); }
    Pending* at(QByteArrayView id, quint64 hash)
    {
        const std::size_t mask = m_table.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Entry& entry = m_table[i];
            if (entry.deal < 0) {
                return nullptr;
            }
            if (entry.hash == hash && m_deals[std::size_t(entry.deal)].id() == id) {
                return &m_deals[std::size_t(entry.deal)];
            }
        }
    }
    void place(quint64 hash, qint32 deal)
    {
        const std::size_t mask = m_table.size() - 1;
        std::size_t i = hash & mask;
        while (m_table[i].deal >= 0) {
            i = (i + 1) & mask;
        }
        m_table[i] = Entry{hash, deal};
    }
    void grow()
    {
        std::vector<Entry> old(m_table.size() * 2);
        old.swap(m_table);
        for (const Entry& entry : old) {
            if (entry.deal >= 0) {
                place(entry.hash, entry.deal);
            }
        }
    }

    std::vector<Pending> m_deals;
    std::vector<Entry> m_table; // open addressing, at most half full
};

QString jsonArray(const QList<QByteArray>& ids)
{
    QByteArray json = "[";
    for (const QByteArray& id : ids) {
        if (json.size() > 1) {
            json += ',';
        }
        json += '"' + QByteArray(id).replace('\\', "\\\\").replace('"', "\\\"") + '"';
    }
    return QString::fromUtf8(json + ']');
}

// `+d.pipeline_id`: named plainly, the pipeline made SQLite scan every deal of it through
// deals_spans_cover and look up each row, three times the cost of the whole chart. As it is,
// the open and the closed deals are both ranges of the covering index deals_open_state (0012),
// which holds every deal that is not removed: reading all 65k closed deals from it cost a tenth
// of looking up the 15k with events by id.
#define DEALBENCH_ENDS_COLUMNS                                                                                         \
    "SELECT d.id, d.owner_id, d.stage_id, d.amount_minor, d.currency, d.created_at FROM deals d "                      \
    "WHERE d.deleted = 0 AND d.created_at < ?1 AND +d.pipeline_id = ?2 "
} // namespace

DealEndsTable ends(const Database& database, const QString& pipelineId, const QDateTime& start, const QDateTime& end)
{
    const qint64 startMs = start.toMSecsSinceEpoch();
    const qint64 endMs = end.toMSecsSinceEpoch();
    const QString startText = Timestamp::toStorage(start);
    DealEndsTable table;
    TextIndex texts(table.texts);
    PendingDeals pending;
    std::vector<FirstOlds> afterEnd;

    // In time order from the covering index deal_events_time_cover (0009, 0012). Close-date and
    // forecast-category events move no money: a closed deal with nothing else from the start on
    // is neither in the pipeline nor entering it, unless it was created in the span (below).
    SqlCursor events(database,
                     "SELECT deal_id, occurred_at, field, old_value, new_value, rowid FROM deal_events "
                     "WHERE occurred_at >= ?1 AND deleted = 0 "
                     "AND field IN ('created', 'stage', 'amount', 'currency', 'owner') ORDER BY occurred_at");
    events.bind(1, startText);
    QByteArray moment;
    qint32 moments = 0;
    qint64 ms = 0;
    while (events.next()) {
        const QByteArrayView time = events.bytes(1);
        if (time != moment) {
            ++moments;
            moment.resize(time.size()); // reuses its buffer: most events have a moment of their own
            std::memcpy(moment.data(), time.data(), std::size_t(time.size()));
            ms = events.msecs(1);
        }
        Pending& deal = pending.findOrAdd(events.bytes(0));
        const QByteArrayView key = events.bytes(2);
        const bool inSpan = ms < endMs;
        const bool created = key == "created";
        if (created || key == "stage") {
            if (created) {
                deal.createdFromStart = true;
                deal.createdFromEnd = deal.createdFromEnd || !inSpan;
                deal.createdInSpan = deal.createdInSpan || inSpan;
            }
            if (inSpan) {
                const qint32 stage = texts.index(events, 4);
                if (!deal.entered.contains(stage)) {
                    deal.entered.append(stage);
                }
            }
            if (created) {
                continue;
            }
        }
        const Field field = fieldOf(key);
        const qint64 rowid = events.integer(5);
        deal.fromStart.take(field, moments, rowid, events, texts);
        if (!inSpan) {
            if (deal.afterEnd < 0) {
                deal.afterEnd = qint32(afterEnd.size());
                afterEnd.emplace_back();
            }
            afterEnd[std::size_t(deal.afterEnd)].take(field, moments, rowid, events, texts);
        }
    }

    QList<DealEnds>& result = table.deals;
    result.reserve(pending.size() + 40000);
    auto append = [&](const SqlCursor& row, Pending* deal) {
        DealEnd current;
        current.exists = true;
        current.owner = texts.index(row, 1);
        current.stage = texts.index(row, 2);
        current.minor = row.integer(3);
        current.currency = texts.index(row, 4);
        const bool hasCreatedAt = !row.bytes(5).isEmpty();
        const qint64 createdMs = hasCreatedAt ? row.msecs(5) : 0;
        DealEnds& ends = result.emplace_back();
        ends.atStart = current;
        ends.atEnd = current;
        ends.atStart.exists = !(hasCreatedAt && createdMs >= startMs);
        ends.atEnd.exists = !(hasCreatedAt && createdMs >= endMs);
        ends.created = hasCreatedAt && createdMs >= startMs && createdMs < endMs;
        if (deal) {
            deal->fromStart.undo(ends.atStart);
            if (deal->afterEnd >= 0) {
                afterEnd[std::size_t(deal->afterEnd)].undo(ends.atEnd);
            }
            ends.atStart.exists = ends.atStart.exists && !deal->createdFromStart;
            ends.atEnd.exists = ends.atEnd.exists && !deal->createdFromEnd;
            ends.created = ends.created || deal->createdInSpan;
            ends.enteredStages = deal->entered;
        }
    };
    auto pendingOf = [&](const SqlCursor& row) -> Pending* {
        return pending.find(row.bytes(0));
    };
    const QString endText = Timestamp::toStorage(end);
    SqlCursor open(database, DEALBENCH_ENDS_COLUMNS "AND d.stage_id IN (SELECT id FROM stages WHERE kind = 'open')");
    open.bind(1, endText).bind(2, pipelineId);
    while (open.next()) {
        append(open, pendingOf(open));
    }
    // Closed deals created in the span count as added when they have any event from its
    // start on (DealHistoryQuery reads them then): the few without one of the fields above
    // are asked about by id.
    QList<QByteArray> createdQuietly;
    SqlCursor closed(database, DEALBENCH_ENDS_COLUMNS "AND d.stage_id IN (SELECT id FROM stages WHERE kind <> 'open')");
    closed.bind(1, endText).bind(2, pipelineId);
    while (closed.next()) {
        if (Pending* deal = pendingOf(closed)) {
            append(closed, deal);
        } else if (!closed.bytes(5).isEmpty() && closed.msecs(5) >= startMs) {
            createdQuietly.append(closed.bytes(0).toByteArray());
        }
    }
    if (!createdQuietly.isEmpty()) {
        SqlCursor withEvents(database,
                             DEALBENCH_ENDS_COLUMNS "AND d.id IN (SELECT value FROM json_each(?3)) "
                                                    "AND EXISTS (SELECT 1 FROM deal_events e WHERE e.deal_id = d.id "
                                                    "AND e.occurred_at >= ?4 AND e.deleted = 0)");
        withEvents.bind(1, endText).bind(2, pipelineId).bind(3, jsonArray(createdQuietly)).bind(4, startText);
        while (withEvents.next()) {
            append(withEvents, nullptr);
        }
    }
    return table;
}
#undef DEALBENCH_ENDS_COLUMNS

} // namespace WaterfallQuery
