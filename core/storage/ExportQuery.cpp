// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportQuery.h"

#include "Statement.h"

#include "core/util/Timestamp.h"

namespace {
ExportTable run(const Database& database, const QStringList& header, const QString& sql)
{
    ExportTable result;
    result.header = header;
    Statement query(database, sql);
    query.exec();
    while (query.next()) {
        QStringList row;
        row.reserve(header.size());
        for (qsizetype i = 0; i < header.size(); ++i) {
            row.append(query.text(static_cast<int>(i)));
        }
        result.rows.append(row);
    }
    return result;
}
} // namespace

namespace ExportQuery {

ExportTable table(const Database& database, Table table)
{
    switch (table) {
    case Table::Deals:
        // Amount in major units as text with a point (minor digits from the currency are not
        // known to SQL: 2 for all but JPY/KRW-like currencies, kept simple and exact).
        return run(database,
                   {QStringLiteral("id"),
                    QStringLiteral("external_id"),
                    QStringLiteral("name"),
                    QStringLiteral("account"),
                    QStringLiteral("owner"),
                    QStringLiteral("pipeline"),
                    QStringLiteral("stage"),
                    QStringLiteral("amount_minor"),
                    QStringLiteral("currency"),
                    QStringLiteral("close_date"),
                    QStringLiteral("forecast_category"),
                    QStringLiteral("source"),
                    QStringLiteral("lost_reason"),
                    QStringLiteral("created"),
                    QStringLiteral("stage_entered"),
                    QStringLiteral("won_at"),
                    QStringLiteral("lost_at")},
                   QStringLiteral("SELECT d.id, d.external_id, d.name, COALESCE(a.name, ''), COALESCE(o.name, ''), "
                                  "p.name, s.name, d.amount_minor, d.currency, COALESCE(d.expected_close_date, ''), "
                                  "d.forecast_category, d.source, d.lost_reason, d.created_at, d.stage_entered_at, "
                                  "COALESCE(d.won_at, ''), COALESCE(d.lost_at, '') FROM deals d "
                                  "JOIN stages s ON s.id = d.stage_id JOIN pipelines p ON p.id = d.pipeline_id "
                                  "LEFT JOIN accounts a ON a.id = d.account_id LEFT JOIN owners o ON o.id = d.owner_id "
                                  "WHERE d.deleted = 0 ORDER BY d.created_at, d.id"));
    case Table::Accounts:
        return run(database,
                   {QStringLiteral("id"),
                    QStringLiteral("name"),
                    QStringLiteral("industry"),
                    QStringLiteral("size_band"),
                    QStringLiteral("employees"),
                    QStringLiteral("region"),
                    QStringLiteral("segment"),
                    QStringLiteral("owner")},
                   QStringLiteral("SELECT a.id, a.name, a.industry, a.size_band, COALESCE(a.employees, ''), a.region, "
                                  "a.segment, COALESCE(o.name, '') FROM accounts a LEFT JOIN owners o ON "
                                  "o.id = a.owner_id WHERE a.deleted = 0 ORDER BY a.name, a.id"));
    case Table::Contacts:
        return run(database,
                   {QStringLiteral("id"),
                    QStringLiteral("name"),
                    QStringLiteral("account"),
                    QStringLiteral("title"),
                    QStringLiteral("org_level"),
                    QStringLiteral("email"),
                    QStringLiteral("phone")},
                   QStringLiteral("SELECT c.id, c.name, COALESCE(a.name, ''), c.title, c.org_level, c.email, c.phone "
                                  "FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id WHERE c.deleted = 0 "
                                  "ORDER BY c.name, c.id"));
    case Table::Interactions:
        return run(database,
                   {QStringLiteral("id"),
                    QStringLiteral("scheduled_at"),
                    QStringLiteral("type"),
                    QStringLiteral("state"),
                    QStringLiteral("owner"),
                    QStringLiteral("deal"),
                    QStringLiteral("account"),
                    QStringLiteral("objective"),
                    QStringLiteral("outcome"),
                    QStringLiteral("next_step"),
                    QStringLiteral("next_step_date")},
                   QStringLiteral("SELECT i.id, i.scheduled_at, i.type, i.appointment_state, COALESCE(o.name, ''), "
                                  "COALESCE(d.name, ''), COALESCE(a.name, ''), i.objective_best, i.outcome, "
                                  "i.next_step, COALESCE(i.next_step_date, '') FROM interactions i "
                                  "LEFT JOIN owners o ON o.id = i.owner_id LEFT JOIN deals d ON d.id = i.deal_id "
                                  "LEFT JOIN accounts a ON a.id = i.account_id WHERE i.deleted = 0 "
                                  "ORDER BY i.scheduled_at, i.id"));
    }
    return {};
}

QList<CalendarItem> calendar(const Database& database, const QDateTime& from)
{
    QList<CalendarItem> items;
    Statement query(database,
                    QStringLiteral("SELECT i.id, i.type, i.scheduled_at, i.objective_best, i.next_step, "
                                   "COALESCE(i.next_step_date, ''), i.appointment_state, COALESCE(d.name, ''), "
                                   "COALESCE(a.name, '') FROM interactions i LEFT JOIN deals d ON d.id = i.deal_id "
                                   "LEFT JOIN accounts a ON a.id = i.account_id WHERE i.deleted = 0 AND "
                                   "((i.appointment_state IN ('planned', 'confirmed') AND i.scheduled_at >= :from) OR "
                                   "(i.next_step <> '' AND i.next_step_date >= :day)) ORDER BY i.scheduled_at, i.id"));
    query.bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":day"), Timestamp::dateToStorage(from.date()))
        .exec();
    const QString fromText = Timestamp::toStorage(from);
    while (query.next()) {
        const QString state = query.text(6);
        if ((state == QLatin1String("planned") || state == QLatin1String("confirmed")) && query.text(2) >= fromText) {
            CalendarItem item;
            item.uid = query.text(0) + QStringLiteral("@dealbench");
            item.summary = query.text(1);
            item.description = query.text(3);
            item.start = Timestamp::fromStorage(query.text(2));
            item.dealName = query.text(7);
            item.accountName = query.text(8);
            items.append(item);
        }
        if (!query.text(4).isEmpty() && !query.text(5).isEmpty() &&
            query.text(5) >= Timestamp::dateToStorage(from.date())) {
            CalendarItem item;
            item.uid = query.text(0) + QStringLiteral("-next@dealbench");
            item.summary = query.text(4);
            item.start = QDateTime(Timestamp::dateFromStorage(query.text(5)), QTime(0, 0), Qt::UTC);
            item.allDay = true;
            item.dealName = query.text(7);
            item.accountName = query.text(8);
            items.append(item);
        }
    }
    return items;
}

QList<ContactCard> dealContacts(const Database& database, const QString& dealId)
{
    QList<ContactCard> cards;
    Statement query(
        database,
        QStringLiteral("SELECT c.id, c.name, c.title, c.email, c.phone, COALESCE(a.name, '') FROM contacts c "
                       "LEFT JOIN accounts a ON a.id = c.account_id WHERE c.deleted = 0 AND (c.id IN "
                       "(SELECT ic.contact_id FROM interaction_contacts ic JOIN interactions i ON "
                       "i.id = ic.interaction_id WHERE i.deal_id = :deal AND ic.deleted = 0) OR "
                       "c.account_id = (SELECT account_id FROM deals WHERE id = :deal2)) ORDER BY c.name"));
    query.bind(QStringLiteral(":deal"), dealId).bind(QStringLiteral(":deal2"), dealId).exec();
    while (query.next()) {
        cards.append({query.text(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5)});
    }
    return cards;
}

} // namespace ExportQuery
