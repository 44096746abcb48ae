// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourQuery.h"

#include "Database.h"
#include "SqlCursor.h"
#include "Statement.h"

#include "core/util/Timestamp.h"

#include <algorithm>
#include <map>
#include <vector>

namespace {
const char* const kRatingColumns[5] = {
    "rating_planning", "rating_questioning", "rating_value", "rating_objections", "rating_commitment"};
}

namespace BehaviourQuery {

QString weeklySql(int weeks, bool oneOwner)
{
    // The week index is a CASE over the window's bounds rather than a date function: the
    // bounds are local midnights converted to UTC, which no SQL date function knows, and
    // CASE reads the same in SQLite and PostgreSQL.
    QString week = QStringLiteral("CASE");
    for (int k = 1; k < weeks; ++k) {
        week += QStringLiteral(" WHEN scheduled_at < :b%1 THEN %2").arg(k).arg(k - 1);
    }
    week += QStringLiteral(" ELSE %1 END").arg(weeks - 1);
    QString sql = QStringLiteral("SELECT coalesce(owner_id, ''), ") + week +
                  QStringLiteral(" AS week, count(*), "
                                 "sum(CASE WHEN trim(objective_best) <> '' THEN 1 ELSE 0 END), "
                                 "sum(CASE WHEN outcome <> '' THEN 1 ELSE 0 END), "
                                 "sum(CASE WHEN outcome = 'yes' THEN 1 ELSE 0 END), "
                                 "sum(CASE WHEN outcome = 'partly' THEN 1 ELSE 0 END)");
    for (const char* column : kRatingColumns) {
        const QString name = QString::fromLatin1(column);
        sql += QStringLiteral(", coalesce(sum(") + name + QStringLiteral("), 0), count(") + name + u')';
    }
    sql += QStringLiteral(" FROM interactions WHERE deleted = 0 AND appointment_state <> 'cancelled' "
                          "AND scheduled_at >= :b0 AND scheduled_at < :b%1")
               .arg(weeks);
    if (oneOwner) {
        sql += QStringLiteral(" AND owner_id = :owner");
    }
    return sql + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2");
}

const char* weeklyRowsSql(bool oneOwner)
{
    // Served by interactions_week_cover (0008) alone, in time order.
#define DEALBENCH_WEEKLY_ROWS                                                                                          \
    "SELECT coalesce(owner_id, ''), scheduled_at, objective_best, outcome, rating_planning, rating_questioning, "      \
    "rating_value, rating_objections, rating_commitment FROM interactions WHERE deleted = 0 "                          \
    "AND appointment_state <> 'cancelled' AND scheduled_at >= ?1 AND scheduled_at < ?2"
    return oneOwner ? DEALBENCH_WEEKLY_ROWS " AND owner_id = ?3" : DEALBENCH_WEEKLY_ROWS;
#undef DEALBENCH_WEEKLY_ROWS
}

QList<WeekCounts> weekly(const Database& database, const QList<QDateTime>& bounds, const QString& ownerId)
{
    QList<WeekCounts> result;
    const int weeks = static_cast<int>(bounds.size()) - 1;
    if (weeks < 1) {
        return result;
    }
    // Counted here in one pass over the index rather than by weeklySql()'s GROUP BY: twelve
    // weeks are ~400k interactions of the 100k-deal file, which SQLite sorted into a temporary
    // B-tree by owner and week and ran through a CASE and fourteen aggregates (0.55 s; this
    // pass reads the same rows in a quarter of that). The rules are those of weeklySql(): text
    // compared as SQLite's BINARY collation does (bytes), trim() removing spaces only.
    SqlCursor query(database, weeklyRowsSql(!ownerId.isEmpty()));
    query.bind(1, Timestamp::toStorage(bounds.constFirst())).bind(2, Timestamp::toStorage(bounds.constLast()));
    if (!ownerId.isEmpty()) {
        query.bind(3, ownerId);
    }
    // The inner bounds: week k holds the times before limits[k] and at or after limits[k - 1].
    std::vector<QByteArray> limits;
    for (int k = 1; k < weeks; ++k) {
        limits.push_back(Timestamp::toStorage(bounds[k]).toUtf8());
    }
    std::map<QByteArray, std::vector<WeekCounts>> byOwner; // ordered by bytes, as ORDER BY owner
    QByteArray owner;
    std::vector<WeekCounts>* counts = nullptr;
    while (query.next()) {
        const QByteArrayView ownerBytes = query.bytes(0);
        if (!counts || ownerBytes != QByteArrayView(owner)) {
            owner = ownerBytes.toByteArray();
            auto it = byOwner.find(owner);
            if (it == byOwner.end()) {
                it = byOwner.emplace(owner, std::vector<WeekCounts>(std::size_t(weeks))).first;
            }
            counts = &it->second;
        }
        const QByteArrayView at = query.bytes(1);
        const auto limit =
            std::upper_bound(limits.cbegin(), limits.cend(), at, [](QByteArrayView time, const QByteArray& bound) {
                return time < QByteArrayView(bound);
            });
        WeekCounts& row = (*counts)[std::size_t(limit - limits.cbegin())];
        ++row.interactions;
        const QByteArrayView objective = query.bytes(2);
        if (std::any_of(objective.cbegin(), objective.cend(), [](char c) { return c != ' '; })) {
            ++row.withObjective;
        }
        const QByteArrayView outcome = query.bytes(3);
        if (!outcome.isEmpty()) {
            ++row.reviewed;
            row.achieved += outcome == "yes" ? 1 : 0;
            row.partly += outcome == "partly" ? 1 : 0;
        }
        for (int r = 0; r < 5; ++r) {
            if (!query.isNull(4 + r)) {
                row.ratingSums[std::size_t(r)] += query.integer(4 + r);
                ++row.ratingCounts[std::size_t(r)];
            }
        }
    }
    for (const auto& [id, perWeek] : byOwner) {
        const QString name = QString::fromUtf8(id);
        for (int week = 0; week < weeks; ++week) {
            WeekCounts row = perWeek[std::size_t(week)];
            if (row.interactions > 0) { // GROUP BY gave no row for an empty week
                row.ownerId = name;
                row.week = week;
                result.append(row);
            }
        }
    }
    return result;
}

QList<DealWithoutNextStep>
dealsWithoutNextStep(const Database& database, const QString& ownerId, const QDateTime& now, const QDate& today)
{
    QString sql =
        QStringLiteral("SELECT d.id, d.name, coalesce(a.name, ''), coalesce(d.owner_id, ''), "
                       "(SELECT max(i.scheduled_at) FROM interactions i WHERE i.deal_id = d.id AND i.deleted = 0) "
                       "FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN accounts a ON a.id = d.account_id "
                       "WHERE d.deleted = 0 AND s.kind = 'open' "
                       "AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.deal_id = d.id AND i.deleted = 0 "
                       "AND i.scheduled_at >= :now AND i.appointment_state IN ('planned', 'confirmed')) "
                       "AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.deal_id = d.id AND i.deleted = 0 "
                       "AND i.next_step_date >= :today)");
    if (!ownerId.isEmpty()) {
        sql += QStringLiteral(" AND d.owner_id = :owner");
    }
    Statement query(database, sql + QStringLiteral(" ORDER BY d.name, d.id"));
    query.bind(QStringLiteral(":now"), Timestamp::toStorage(now))
        .bind(QStringLiteral(":today"), Timestamp::dateToStorage(today));
    if (!ownerId.isEmpty()) {
        query.bind(QStringLiteral(":owner"), ownerId);
    }
    query.exec();
    QList<DealWithoutNextStep> result;
    while (query.next()) {
        result.append(
            {query.text(0), query.text(1), query.text(2), query.text(3), Timestamp::fromStorage(query.text(4))});
    }
    return result;
}

} // namespace BehaviourQuery
