// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalMeasureQuery.h"

#include "Statement.h"

#include "core/util/Timestamp.h"

namespace {
// "(:o0, :o1, ...)" for the owners; an empty list matches nobody.
QString ownerList(const QStringList& ownerIds)
{
    if (ownerIds.isEmpty()) {
        return QStringLiteral("(NULL)");
    }
    QStringList names;
    for (qsizetype i = 0; i < ownerIds.size(); ++i) {
        names.append(QStringLiteral(":o") + QString::number(i));
    }
    return u'(' + names.join(QStringLiteral(", ")) + u')';
}

void bindOwners(Statement& query, const QStringList& ownerIds)
{
    for (qsizetype i = 0; i < ownerIds.size(); ++i) {
        query.bind(QStringLiteral(":o") + QString::number(i), ownerIds[i]);
    }
}

void bindSpan(Statement& query, const QDateTime& from, const QDateTime& to)
{
    query.bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":to"), Timestamp::toStorage(to));
}

// Deals won in [from, to); `ownerIds` null: of every owner.
QList<GoalMeasureQuery::WonDeal>
readWonDeals(const Database& database, const QStringList* ownerIds, const QDateTime& from, const QDateTime& to)
{
    QString sql = QStringLiteral("SELECT id, amount_minor, currency, created_at, won_at FROM deals WHERE deleted = 0 "
                                 "AND won_at >= :from AND won_at < :to");
    if (ownerIds) {
        sql += QStringLiteral(" AND owner_id IN ") + ownerList(*ownerIds);
    }
    Statement query(database, sql + QStringLiteral(" ORDER BY won_at, id"));
    if (ownerIds) {
        bindOwners(query, *ownerIds);
    }
    bindSpan(query, from, to);
    query.exec();
    QList<GoalMeasureQuery::WonDeal> result;
    while (query.next()) {
        result.append(GoalMeasureQuery::WonDeal{query.text(0),
                                                Money{query.integer(1), query.text(2)},
                                                Timestamp::fromStorage(query.text(3)),
                                                Timestamp::fromStorage(query.text(4))});
    }
    return result;
}
} // namespace

namespace GoalMeasureQuery {

QList<WonDeal>
wonDeals(const Database& database, const QStringList& ownerIds, const QDateTime& from, const QDateTime& to)
{
    return readWonDeals(database, &ownerIds, from, to);
}

QList<WonDeal> wonDealsOfAll(const Database& database, const QDateTime& from, const QDateTime& to)
{
    return readWonDeals(database, nullptr, from, to);
}

int lostDeals(const Database& database, const QStringList& ownerIds, const QDateTime& from, const QDateTime& to)
{
    Statement query(
        database,
        QStringLiteral("SELECT count(*) FROM deals WHERE deleted = 0 AND lost_at >= :from AND lost_at < :to "
                       "AND owner_id IN ") +
            ownerList(ownerIds));
    bindOwners(query, ownerIds);
    bindSpan(query, from, to);
    query.exec();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

QList<CreatedDeal> createdDeals(const Database& database,
                                const QStringList& ownerIds,
                                const QDateTime& from,
                                const QDateTime& to,
                                const QString& segment,
                                const QString& industry)
{
    QString sql = QStringLiteral("SELECT d.amount_minor, d.currency, d.created_at FROM deals d ");
    const bool byAccount = !segment.isEmpty() || !industry.isEmpty();
    if (byAccount) {
        sql += QStringLiteral("JOIN accounts a ON a.id = d.account_id AND a.deleted = 0 ");
    }
    sql += QStringLiteral("WHERE d.deleted = 0 AND d.created_at >= :from AND d.created_at < :to AND d.owner_id IN ") +
           ownerList(ownerIds);
    if (!segment.isEmpty()) {
        sql += QStringLiteral(" AND lower(a.segment) = lower(:segment)");
    }
    if (!industry.isEmpty()) {
        sql += QStringLiteral(" AND lower(a.industry) = lower(:industry)");
    }
    Statement query(database, sql + QStringLiteral(" ORDER BY d.created_at, d.id"));
    bindOwners(query, ownerIds);
    bindSpan(query, from, to);
    if (!segment.isEmpty()) {
        query.bind(QStringLiteral(":segment"), segment);
    }
    if (!industry.isEmpty()) {
        query.bind(QStringLiteral(":industry"), industry);
    }
    query.exec();
    QList<CreatedDeal> result;
    while (query.next()) {
        result.append(CreatedDeal{Money{query.integer(0), query.text(1)}, Timestamp::fromStorage(query.text(2))});
    }
    return result;
}

QList<ReceivedPayment>
receivedPayments(const Database& database, const QStringList& ownerIds, const QDate& first, const QDate& last)
{
    Statement query(database,
                    QStringLiteral("SELECT c.received_amount_minor, c.currency, c.received_date FROM collections c "
                                   "JOIN deals d ON d.id = c.deal_id AND d.deleted = 0 "
                                   "WHERE c.deleted = 0 AND c.received_amount_minor IS NOT NULL "
                                   "AND c.received_date >= :first AND c.received_date <= :last AND d.owner_id IN ") +
                        ownerList(ownerIds) + QStringLiteral(" ORDER BY c.received_date, c.id"));
    bindOwners(query, ownerIds);
    query.bind(QStringLiteral(":first"), Timestamp::dateToStorage(first))
        .bind(QStringLiteral(":last"), Timestamp::dateToStorage(last))
        .exec();
    QList<ReceivedPayment> result;
    while (query.next()) {
        result.append(
            ReceivedPayment{Money{query.integer(0), query.text(1)}, Timestamp::dateFromStorage(query.text(2))});
    }
    return result;
}

int interactionsWithObjective(const Database& database,
                              const QStringList& ownerIds,
                              const QDateTime& from,
                              const QDateTime& to)
{
    Statement query(database,
                    QStringLiteral("SELECT count(*) FROM interactions WHERE deleted = 0 AND appointment_state = 'done' "
                                   "AND scheduled_at >= :from AND scheduled_at < :to "
                                   "AND (trim(objective_best) <> '' OR trim(objective_minimum) <> '') AND ") +
                        // A team's meetings of a period are read from interactions_week_cover, which
                        // holds every column but objective_minimum (the row is read only where
                        // objective_best is blank): 2-3x faster than a row read per meeting through
                        // interactions_owner_time, which stays the plan for one owner.
                        (ownerIds.size() > 1 ? QStringLiteral("+owner_id IN ") : QStringLiteral("owner_id IN ")) +
                        ownerList(ownerIds));
    bindOwners(query, ownerIds);
    bindSpan(query, from, to);
    query.exec();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

int strategicAccountsWithPlan(const Database& database, const QStringList& ownerIds, const QDateTime& before)
{
    Statement query(database,
                    QStringLiteral("SELECT count(DISTINCT a.id) FROM accounts a "
                                   "JOIN account_plans p ON p.account_id = a.id AND p.deleted = 0 "
                                   "WHERE a.deleted = 0 AND p.strategic = 1 AND p.created_at < :before "
                                   "AND a.owner_id IN ") +
                        ownerList(ownerIds));
    bindOwners(query, ownerIds);
    query.bind(QStringLiteral(":before"), Timestamp::toStorage(before)).exec();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

} // namespace GoalMeasureQuery
