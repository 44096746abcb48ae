// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealHistoryQuery.h"

#include "Database.h"
#include "Statement.h"

#include "core/util/Timestamp.h"

#include <QTimeZone>

namespace DealHistoryQuery {

namespace {
// Hundreds of thousands of values pass through here: parsed by hand, not by QDateTime::fromString.
QDateTime timeOf(const QString& text)
{
    return text.isEmpty() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(Timestamp::msecsFromStorage(text), QTimeZone::utc());
}

QDate dateOf(const QString& text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-') {
        return Timestamp::dateFromStorage(text);
    }
    auto number = [&text](int at, int width) {
        int value = 0;
        for (int i = 0; i < width; ++i) {
            value = value * 10 + (text.at(at + i).unicode() - u'0');
        }
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}
} // namespace

QList<DealTimeline> timelines(const Database& database, const QDateTime& from, const QDateTime& createdBefore)
{
    const QString fromText = Timestamp::toStorage(from);
    const QString beforeText = Timestamp::toStorage(createdBefore);
    QList<DealTimeline> result;
    QHash<QString, qsizetype> index;
    // Open deals come from the covering index deals_open_state (0004), closed ones that moved
    // since `from` by id from the events: two index-driven reads instead of a scan of every deal.
    const QString columns = QStringLiteral(
        "SELECT d.id, d.name, d.account_id, a.name, d.owner_id, d.pipeline_id, d.stage_id, d.amount_minor, "
        "d.currency, d.expected_close_date, d.forecast_category, d.stage_entered_at, d.created_at "
        "FROM deals d LEFT JOIN accounts a ON a.id = d.account_id WHERE d.deleted = 0 AND d.created_at < :before ");
    const QString open = columns + QStringLiteral("AND d.stage_id IN (SELECT id FROM stages WHERE kind = 'open')");
    const QString moved =
        columns + QStringLiteral("AND d.id IN (SELECT deal_id FROM deal_events WHERE occurred_at >= :from "
                                 "AND deleted = 0) AND d.stage_id NOT IN (SELECT id FROM stages WHERE kind = "
                                 "'open')");
    for (const QString& sql : {open, moved}) {
        Statement deals(database, sql);
        deals.bind(QStringLiteral(":before"), beforeText);
        if (sql.contains(QLatin1String(":from"))) {
            deals.bind(QStringLiteral(":from"), fromText);
        }
        deals.exec();
        while (deals.next()) {
            DealTimeline timeline;
            timeline.dealId = deals.text(0);
            timeline.name = deals.text(1);
            timeline.accountId = deals.text(2);
            timeline.accountName = deals.text(3);
            timeline.pipelineId = deals.text(5);
            timeline.current.exists = true;
            timeline.current.ownerId = deals.text(4);
            timeline.current.stageId = deals.text(6);
            timeline.current.amount = Money{deals.integer(7), deals.text(8)};
            timeline.current.closeDate = dateOf(deals.text(9));
            timeline.current.forecastCategory =
                forecastCategoryFromKey(deals.text(10)).value_or(ForecastCategory::Pipeline);
            timeline.stageEnteredAt = timeOf(deals.text(11));
            timeline.createdAt = timeOf(deals.text(12));
            timeline.from = from;
            index.insert(timeline.dealId, result.size());
            result.append(std::move(timeline));
        }
    }
    Statement events(database,
                     QStringLiteral("SELECT deal_id, id, occurred_at, field, old_value, new_value FROM deal_events "
                                    "WHERE occurred_at >= :from AND deleted = 0 ORDER BY occurred_at, rowid"));
    events.bind(QStringLiteral(":from"), fromText).exec();
    while (events.next()) {
        const auto it = index.constFind(events.text(0));
        if (it == index.cend()) {
            continue; // a deleted deal, or one created after the span
        }
        DealEvent event;
        event.dealId = events.text(0);
        event.id = events.text(1);
        event.occurredAt = timeOf(events.text(2));
        event.field = dealEventFieldFromKey(events.text(3));
        event.oldValue = events.isNull(4) ? QString() : events.text(4);
        event.newValue = events.isNull(5) ? QString() : events.text(5);
        result[*it].events.append(std::move(event));
    }
    return result;
}

QHash<QString, QDateTime> lastInteractions(const Database& database, const QDateTime& from, const QDateTime& to)
{
    QHash<QString, QDateTime> result;
    // Served by the covering index interactions_time_deal (0004): a range over time only.
    Statement query(database,
                    QStringLiteral("SELECT deal_id, max(scheduled_at) FROM interactions "
                                   "WHERE deleted = 0 AND scheduled_at >= :from AND scheduled_at <= :to "
                                   "AND deal_id IS NOT NULL AND appointment_state NOT IN ('cancelled', 'no_show') "
                                   "GROUP BY deal_id"));
    query.bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":to"), Timestamp::toStorage(to))
        .exec();
    while (query.next()) {
        result.insert(query.text(0), timeOf(query.text(1)));
    }
    return result;
}

QHash<QString, int> closeDateSlips(const Database& database)
{
    QHash<QString, int> result;
    // Dates are ISO text, so "later" is a text comparison; served by deal_events_close_date (0004).
    Statement query(database,
                    QStringLiteral("SELECT deal_id, count(*) FROM deal_events "
                                   "WHERE field = 'close_date' AND deleted = 0 AND old_value IS NOT NULL "
                                   "AND new_value > old_value GROUP BY deal_id"));
    query.exec();
    while (query.next()) {
        result.insert(query.text(0), static_cast<int>(query.integer(1)));
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
    const QSet<QString> wanted(dealIds.cbegin(), dealIds.cend());
    Statement query(database,
                    QStringLiteral("SELECT DISTINCT s.deal_id FROM strategy_sheets s "
                                   "JOIN strategy_stakeholders p ON p.sheet_id = s.id "
                                   "WHERE s.deleted = 0 AND p.deleted = 0 "
                                   "AND (p.role = 'champion' OR p.attitude = 'champion')"));
    query.exec();
    while (query.next()) {
        const QString id = query.text(0);
        if (wanted.contains(id)) {
            result.insert(id);
        }
    }
    return result;
}

QList<ClosedTotal> wonTotals(const Database& database, const QDateTime& from, const QDateTime& to)
{
    QList<ClosedTotal> result;
    // won_at is set when a deal enters a won stage and cleared when it leaves it, so it says
    // which deals are closed won today and since when; served by deals_won_at (0004).
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
    QHash<QString, ClosedCounts> result;
    const QString fromText = Timestamp::toStorage(from);
    const QString toText = Timestamp::toStorage(to);
    Statement won(database,
                  QStringLiteral("SELECT coalesce(owner_id, ''), count(*) FROM deals "
                                 "WHERE deleted = 0 AND won_at >= :from AND won_at < :to GROUP BY owner_id"));
    won.bind(QStringLiteral(":from"), fromText).bind(QStringLiteral(":to"), toText).exec();
    while (won.next()) {
        result[won.text(0)].won = static_cast<int>(won.integer(1));
    }
    Statement lost(database,
                   QStringLiteral("SELECT coalesce(owner_id, ''), count(*) FROM deals "
                                  "WHERE deleted = 0 AND lost_at >= :from AND lost_at < :to GROUP BY owner_id"));
    lost.bind(QStringLiteral(":from"), fromText).bind(QStringLiteral(":to"), toText).exec();
    while (lost.next()) {
        result[lost.text(0)].lost = static_cast<int>(lost.integer(1));
    }
    return result;
}

} // namespace DealHistoryQuery
