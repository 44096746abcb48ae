// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourQuery.h"

#include "Database.h"
#include "Statement.h"

#include "core/util/Timestamp.h"

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

QList<WeekCounts> weekly(const Database& database, const QList<QDateTime>& bounds, const QString& ownerId)
{
    QList<WeekCounts> result;
    const int weeks = static_cast<int>(bounds.size()) - 1;
    if (weeks < 1) {
        return result;
    }
    Statement query(database, weeklySql(weeks, !ownerId.isEmpty()));
    for (int k = 0; k <= weeks; ++k) {
        query.bind(QStringLiteral(":b%1").arg(k), Timestamp::toStorage(bounds[k]));
    }
    if (!ownerId.isEmpty()) {
        query.bind(QStringLiteral(":owner"), ownerId);
    }
    query.exec();
    while (query.next()) {
        WeekCounts row;
        row.ownerId = query.text(0);
        row.week = static_cast<int>(query.integer(1));
        row.interactions = query.integer(2);
        row.withObjective = query.integer(3);
        row.reviewed = query.integer(4);
        row.achieved = query.integer(5);
        row.partly = query.integer(6);
        for (int r = 0; r < 5; ++r) {
            row.ratingSums[r] = query.integer(7 + 2 * r);
            row.ratingCounts[r] = query.integer(8 + 2 * r);
        }
        result.append(row);
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
