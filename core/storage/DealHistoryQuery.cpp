// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealHistoryQuery.h"

#include "Database.h"
#include "DealIdTable.h"
#include "SqlCursor.h"
#include "Statement.h"

#include "core/util/Timestamp.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

namespace DealHistoryQuery {

namespace {
// Hundreds of thousands of values pass through here: parsed by hand, not by QDateTime::fromString.
// A UTC time in its short form (no time-zone object behind it); invalid for NULL or ''.
QDateTime timeOf(const SqlCursor& cursor, int column)
{
    return cursor.bytes(column).isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(cursor.msecs(column), Qt::UTC);
}

DealEventField fieldOf(QByteArrayView key)
{
    // The most common fields first (DealEventField keys).
    if (key == "stage") {
        return DealEventField::Stage;
    }
    if (key == "close_date") {
        return DealEventField::CloseDate;
    }
    if (key == "forecast_category") {
        return DealEventField::ForecastCategory;
    }
    if (key == "amount") {
        return DealEventField::Amount;
    }
    return dealEventFieldFromKey(QString::fromUtf8(key));
}

QDate dateOf(const SqlCursor& cursor, int column)
{
    const QByteArrayView text = cursor.bytes(column);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return Timestamp::dateFromStorage(cursor.text(column));
    }
    auto number = [text](int at, int width) {
        int value = 0;
        for (int i = 0; i < width; ++i) {
            value = value * 10 + (text[at + i] - '0');
        }
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

// Ids of stages, owners and pipelines, currencies and category keys repeat on thousands of
// rows: each distinct text becomes one QString that the rows share. A week's history asks
// ~200k times; a QHash keyed by QByteArray hashed and compared each more slowly than the flat
// table of DealIdTable, and a separate isNull() was one more call into SQLite.
class TextPool final
{
public:
    QString text(const SqlCursor& cursor, int column)
    {
        const QByteArrayView bytes = cursor.bytes(column);
        if (bytes.isNull()) {
            return {};
        }
        if (bytes.isEmpty()) {
            return QStringLiteral("");
        }
        const qsizetype at = m_ids.add(bytes);
        if (at == m_texts.size()) {
            m_texts.append(QString::fromUtf8(bytes));
        }
        return m_texts.at(at);
    }

private:
    DealIdTable m_ids{256};
    QList<QString> m_texts;
};

// The ids a caller asks about, for finding rows' deals among them by their stored bytes: most
// rows of the reads below belong to deals not asked about, and turning each into a QString to
// ask cost more than the SQL.
DealIdTable tableOf(const QStringList& dealIds)
{
    DealIdTable table(dealIds.size());
    for (const QString& id : dealIds) {
        table.add(id.toUtf8());
    }
    return table;
}

// The accounts of the deals read, named once all deals are in. Reading the names of all
// accounts into a hash first cost a QByteArray, a QString and a node for each of the 25k
// accounts of the 100k-deal file, of which a week's changed deals name half: here only the
// accounts named are kept, found again by their stored bytes, and each gets its name as a
// LEFT JOIN on accounts (deleted or not) would give it.
class AccountNames final
{
public:
    // The account id in `column` of the deal that becomes timeline number `timeline`.
    QString idOf(const SqlCursor& cursor, int column, qsizetype timeline)
    {
        const QByteArrayView id = cursor.bytes(column);
        if (id.isNull()) {
            return {};
        }
        const qsizetype slot = m_ids.add(id);
        if (slot == m_texts.size()) {
            m_texts.append(id.isEmpty() ? QStringLiteral("") : QString::fromUtf8(id));
        }
        m_named.push_back(Named{timeline, slot});
        return m_texts.at(slot);
    }
    // Sets the account name of every timeline given to idOf(); null for an unknown account.
    void nameAll(const Database& database, QList<DealTimeline>& timelines) const
    {
        if (m_named.empty()) {
            return;
        }
        QList<QString> names(m_ids.size());
        SqlCursor accounts(database, "SELECT id, name FROM accounts");
        while (accounts.next()) {
            if (const qsizetype slot = m_ids.indexOf(accounts.bytes(0)); slot >= 0 && !accounts.isNull(1)) {
                names[slot] = accounts.text(1);
            }
        }
        for (const Named& named : m_named) {
            timelines[named.timeline].accountName = names.at(named.slot);
        }
    }

private:
    struct Named
    {
        qsizetype timeline = 0;
        qsizetype slot = 0;
    };
    DealIdTable m_ids{1 << 14};
    QList<QString> m_texts;
    std::vector<Named> m_named;
};

} // namespace

namespace {
#define DEALBENCH_TIMELINE_COLUMNS                                                                                     \
    "SELECT d.id, d.name, d.account_id, d.owner_id, d.pipeline_id, d.stage_id, d.amount_minor, d.currency, "           \
    "d.expected_close_date, d.forecast_category, d.stage_entered_at, d.created_at "                                    \
    "FROM deals d WHERE d.deleted = 0 AND d.created_at < ?1 "

// An event read before its deal: `slot` numbers the distinct deal ids of the events.
struct PendingEvent
{
    qint64 rowid = 0;
    qsizetype moment = 0; // numbers the runs of events with the same stored time
    qsizetype slot = 0;
    DealEvent event;
};

DealHistory read(const Database& database, const QDateTime& from, const QDateTime& createdBefore, bool splitQuiet)
{
    const QString fromText = Timestamp::toStorage(from);
    const QString beforeText = Timestamp::toStorage(createdBefore);
    DealHistory history;
    QList<DealTimeline>& result = history.timelines;
    TextPool pool;
    // The events come first, in time order from the covering index deal_events_time_cover
    // (0009, 0012): their deal ids say which closed deals to read (a few thousand of a week's 16k),
    // and which open deals did not change. Reading the closed ones with
    // `id IN (SELECT deal_id FROM deal_events ...)` looked up the row of every deal with an
    // event, open ones included, to reject most of them (a third of the whole read).
    DealIdTable slotIds(1 << 15);
    std::vector<PendingEvent> pending;
    pending.reserve(1 << 15);
    SqlCursor events(database,
                     "SELECT deal_id, id, occurred_at, field, old_value, new_value, rowid FROM deal_events "
                     "WHERE occurred_at >= ?1 AND deleted = 0 ORDER BY occurred_at");
    events.bind(1, fromText);
    QByteArray moment;
    qsizetype moments = 0;
    while (events.next()) {
        const QByteArrayView time = events.bytes(2);
        if (time != moment) {
            ++moments;
            moment.resize(time.size()); // reuses its buffer: most events have a moment of their own
            std::memcpy(moment.data(), time.data(), std::size_t(time.size()));
        }
        PendingEvent raw;
        raw.rowid = events.integer(6);
        raw.moment = moments;
        raw.slot = slotIds.add(events.bytes(0));
        DealEvent& event = raw.event;
        event.id = events.text(1);
        event.occurredAt = timeOf(events, 2);
        event.field = fieldOf(events.bytes(3));
        // Amounts and dates are mostly different on every event; the other values are ids and keys.
        const bool repeating = event.field != DealEventField::Amount && event.field != DealEventField::CloseDate;
        event.oldValue = repeating ? pool.text(events, 4) : events.text(4);
        event.newValue = repeating ? pool.text(events, 5) : events.text(5);
        pending.push_back(std::move(raw));
    }

    // Account names come from one read of the accounts after the deals (AccountNames): joined
    // here, each deal's account was a seek into the wide account rows, three quarters of the
    // cost of reading the open deals of the 100k-deal file.
    AccountNames accountNames;
    std::vector<qsizetype> timelineOfSlot(std::size_t(slotIds.size()), -1);
    auto append = [&](const SqlCursor& deals, qsizetype slot) {
        DealTimeline timeline;
        timeline.dealId = deals.text(0);
        timeline.name = deals.text(1);
        timeline.accountId = accountNames.idOf(deals, 2, result.size());
        timeline.pipelineId = pool.text(deals, 4);
        timeline.current.exists = true;
        timeline.current.ownerId = pool.text(deals, 3);
        timeline.current.stageId = pool.text(deals, 5);
        timeline.current.amount = Money{deals.integer(6), pool.text(deals, 7)};
        timeline.current.closeDate = dateOf(deals, 8);
        timeline.current.forecastCategory =
            forecastCategoryFromKey(pool.text(deals, 9)).value_or(ForecastCategory::Pipeline);
        timeline.stageEnteredAt = timeOf(deals, 10);
        timeline.createdAt = timeOf(deals, 11);
        timeline.from = from;
        if (slot >= 0) {
            timelineOfSlot[std::size_t(slot)] = result.size();
        }
        result.append(std::move(timeline));
    };
    // Open deals come from the covering index deals_open_state (0004, 0012).
    const qint64 fromMs = from.toMSecsSinceEpoch();
    SqlCursor open(database,
                   DEALBENCH_TIMELINE_COLUMNS "AND d.stage_id IN (SELECT id FROM stages WHERE kind = 'open')");
    open.bind(1, beforeText);
    while (open.next()) {
        const qsizetype slot = slotIds.indexOf(open.bytes(0));
        if (splitQuiet && slot < 0 && !open.bytes(11).isEmpty() && open.msecs(11) < fromMs) {
            history.quiet.append(QuietDeal{pool.text(open, 4),
                                           pool.text(open, 3),
                                           pool.text(open, 5),
                                           Money{open.integer(6), pool.text(open, 7)}});
            continue;
        }
        append(open, slot);
    }
    // The other deals with events, by id: the order `id IN (...)` reads them in.
    QByteArray missing = "[";
    for (qsizetype slot = 0; slot < slotIds.size(); ++slot) {
        if (timelineOfSlot[std::size_t(slot)] < 0) {
            if (missing.size() > 1) {
                missing += ',';
            }
            missing += '"' + QByteArray(slotIds.id(slot)).replace('\\', "\\\\").replace('"', "\\\"") + '"';
        }
    }
    missing += ']';
    SqlCursor closed(database,
                     DEALBENCH_TIMELINE_COLUMNS "AND d.id IN (SELECT value FROM json_each(?2)) "
                                                "AND d.stage_id NOT IN (SELECT id FROM stages WHERE kind = 'open')");
    closed.bind(1, beforeText).bind(2, QString::fromUtf8(missing));
    while (closed.next()) {
        append(closed, slotIds.indexOf(closed.bytes(0)));
    }

    accountNames.nameAll(database, result);

    // The index orders events of the same moment by deal, not by rowid, so each run of equal
    // times is put back in rowid order here: the result is that of ORDER BY occurred_at, rowid.
    auto sameMoment = pending.begin();
    while (sameMoment != pending.end()) {
        auto next = sameMoment + 1;
        while (next != pending.end() && next->moment == sameMoment->moment) {
            ++next;
        }
        if (next - sameMoment > 1) {
            std::sort(sameMoment, next, [](const PendingEvent& a, const PendingEvent& b) { return a.rowid < b.rowid; });
        }
        for (auto it = sameMoment; it != next; ++it) {
            const qsizetype timeline = timelineOfSlot[std::size_t(it->slot)];
            if (timeline < 0) {
                continue; // a deleted deal, or one created after the span
            }
            it->event.dealId = result.at(timeline).dealId;
            result[timeline].events.append(std::move(it->event));
        }
        sameMoment = next;
    }
    return history;
}
#undef DEALBENCH_TIMELINE_COLUMNS
} // namespace

QList<DealTimeline> timelines(const Database& database, const QDateTime& from, const QDateTime& createdBefore)
{
    return read(database, from, createdBefore, false).timelines;
}

DealHistory changes(const Database& database, const QDateTime& from, const QDateTime& createdBefore)
{
    return read(database, from, createdBefore, true);
}

QHash<QString, QDateTime>
lastInteractions(const Database& database, const QDateTime& from, const QDateTime& to, const QStringList& dealIds)
{
    QHash<QString, QDateTime> result;
    if (dealIds.isEmpty()) {
        return result;
    }
    // Served by the covering index interactions_time_deal (0004, 0014): a range over time only. A
    // month holds ~200k interactions of the 100k-deal file, for the few thousand deals asked
    // about: each row's deal is looked up from its stored bytes, without a copy, and only a
    // deal's first (latest) time is parsed. Like max(), it compares the stored text: read
    // newest first, a deal's first row is its latest. Seeking each of ~12k deals through
    // interactions_deal_state instead took about twice as long in sqlite3. Named: since 0008
    // SQLite preferred interactions_week_cover, which lacks deal_id and so read every
    // interaction's row.
    constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    const DealIdTable wanted = tableOf(dealIds);
    std::vector<qint64> latest(std::size_t(wanted.size()), kNone);
    SqlCursor query(database,
                    "SELECT deal_id, scheduled_at FROM interactions INDEXED BY interactions_time_deal "
                    "WHERE deleted = 0 AND scheduled_at >= ?1 AND scheduled_at <= ?2 "
                    "AND deal_id IS NOT NULL AND appointment_state NOT IN ('cancelled', 'no_show') "
                    "ORDER BY scheduled_at DESC");
    query.bind(1, Timestamp::toStorage(from)).bind(2, Timestamp::toStorage(to));
    while (query.next()) {
        const qsizetype at = wanted.indexOf(query.bytes(0));
        if (at >= 0 && latest[std::size_t(at)] == kNone) {
            latest[std::size_t(at)] = query.msecs(1);
        }
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (latest[std::size_t(i)] != kNone) {
            result.insert(QString::fromUtf8(wanted.id(i)),
                          QDateTime::fromMSecsSinceEpoch(latest[std::size_t(i)], Qt::UTC));
        }
    }
    return result;
}

QList<int> closeDateSlipCounts(const Database& database, const QStringList& dealIds)
{
    QList<int> result(dealIds.size(), 0);
    if (dealIds.isEmpty()) {
        return result;
    }
    // One grouped pass over deal_events_close_date (0004, 0012) for the whole workspace: seeking
    // each of a funnel table's ~37k deals in that index cost five times as much. Dates are ISO
    // text, so "later" is a text comparison; the deals not asked about are skipped by their bytes.
    DealIdTable wanted(dealIds.size());
    std::vector<qsizetype> slotOf;
    slotOf.reserve(std::size_t(dealIds.size()));
    for (const QString& id : dealIds) {
        slotOf.push_back(wanted.add(id.toUtf8()));
    }
    std::vector<int> counts(std::size_t(wanted.size()), 0);
    SqlCursor query(database,
                    "SELECT deal_id, count(*) FROM deal_events "
                    "WHERE field = 'close_date' AND deleted = 0 AND old_value IS NOT NULL "
                    "AND new_value > old_value GROUP BY deal_id");
    while (query.next()) {
        if (const qsizetype at = wanted.indexOf(query.bytes(0)); at >= 0) {
            counts[std::size_t(at)] = static_cast<int>(query.integer(1));
        }
    }
    for (qsizetype i = 0; i < result.size(); ++i) {
        result[i] = counts[std::size_t(slotOf[std::size_t(i)])];
    }
    return result;
}

QHash<QString, QDateTime>
stageEnteredBefore(const Database& database, const QStringList& dealIds, const QDateTime& before)
{
    QHash<QString, QDateTime> result;
    Statement query(database,
                    QStringLiteral("SELECT max(occurred_at) FROM deal_events WHERE deal_id = :deal_id "
                                   "AND occurred_at < :before AND deleted = 0 AND field IN ('created', 'stage')"));
    const QString beforeText = Timestamp::toStorage(before);
    for (const QString& id : dealIds) {
        query.bind(QStringLiteral(":deal_id"), id).bind(QStringLiteral(":before"), beforeText).exec();
        if (query.next() && !query.isNull(0)) {
            result.insert(id, Timestamp::fromStorage(query.text(0)));
        }
    }
    return result;
}

QSet<QString> dealsWithChampion(const Database& database, const QStringList& dealIds)
{
    QSet<QString> result;
    if (dealIds.isEmpty()) {
        return result;
    }
    // Only the deals asked about (the big ones of a funnel table, a few thousand at most), each
    // found by strategy_sheets_deal, its stakeholders by strategy_stakeholders_champions (0014):
    // reading every champion of the workspace cost more.
    QByteArray ids = "[";
    for (const QString& id : dealIds) {
        if (ids.size() > 1) {
            ids += ',';
        }
        ids += '"' + id.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + '"';
    }
    ids += ']';
    SqlCursor query(database,
                    "SELECT DISTINCT s.deal_id FROM strategy_sheets s "
                    "JOIN strategy_stakeholders p ON p.sheet_id = s.id "
                    "WHERE s.deal_id IN (SELECT value FROM json_each(?1)) AND s.deleted = 0 AND p.deleted = 0 "
                    "AND (p.role = 'champion' OR p.attitude = 'champion')");
    query.bind(1, QString::fromUtf8(ids));
    while (query.next()) {
        result.insert(query.text(0));
    }
    return result;
}

QList<ClosedTotal> wonTotals(const Database& database, const QDateTime& from, const QDateTime& to)
{
    QList<ClosedTotal> result;
    // won_at is set when a deal enters a won stage and cleared when it leaves it, so it says
    // which deals are closed won today and since when; served by deals_won_cover (0013).
    Statement query(database,
                    QStringLiteral("SELECT coalesce(owner_id, ''), currency, sum(amount_minor), count(*) FROM deals "
                                   "WHERE deleted = 0 AND won_at >= :from AND won_at < :to "
                                   "GROUP BY owner_id, currency"));
    query.bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":to"), Timestamp::toStorage(to))
        .exec();
    while (query.next()) {
        result.append(ClosedTotal{query.text(0), query.text(1), query.integer(2), static_cast<int>(query.integer(3))});
    }
    return result;
}

QHash<QString, ClosedCounts> closedCounts(const Database& database, const QDateTime& from, const QDateTime& to)
{
    // Counted here by owner, not with GROUP BY: a year of the 100k-deal file closes 65k deals
    // among a few dozen owners, and SQLite sorted all of them in a temporary B-tree to group
    // them, twice the cost of reading them from deals_won_cover and deals_lost_cover (0013).
    DealIdTable owners(64);
    std::vector<ClosedCounts> counts;
    auto count = [&](const char* sql, int ClosedCounts::*field) {
        SqlCursor query(database, sql);
        query.bind(1, Timestamp::toStorage(from)).bind(2, Timestamp::toStorage(to));
        while (query.next()) {
            const qsizetype owner = owners.add(query.bytes(0));
            if (std::size_t(owner) == counts.size()) {
                counts.emplace_back();
            }
            ++(counts[std::size_t(owner)].*field);
        }
    };
    count("SELECT coalesce(owner_id, '') FROM deals WHERE deleted = 0 AND won_at >= ?1 AND won_at < ?2",
          &ClosedCounts::won);
    count("SELECT coalesce(owner_id, '') FROM deals WHERE deleted = 0 AND lost_at >= ?1 AND lost_at < ?2",
          &ClosedCounts::lost);
    QHash<QString, ClosedCounts> result;
    for (qsizetype owner = 0; owner < owners.size(); ++owner) {
        result.insert(QString::fromUtf8(owners.id(owner)), counts[std::size_t(owner)]);
    }
    return result;
}

} // namespace DealHistoryQuery
