// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectionRepository.h"

#include "Database.h"
#include "RowSet.h"
#include "RowStamp.h"
#include "Statement.h"
#include "Transaction.h"

#include "core/util/Ids.h"

CollectionRepository::CollectionRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<Collection> CollectionRepository::forDeal(const QString& dealId) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT id, deal_id, currency, expected_amount_minor, expected_date, "
                                   "received_amount_minor, received_date, note FROM collections "
                                   "WHERE deleted = 0 AND deal_id = :deal ORDER BY expected_date, id"));
    query.bind(QStringLiteral(":deal"), dealId).exec();
    QList<Collection> result;
    while (query.next()) {
        Collection collection;
        collection.id = query.text(0);
        collection.dealId = query.text(1);
        collection.currency = query.text(2);
        collection.expectedMinor = query.integer(3);
        collection.expectedDate = RowSet::toDate(query.value(4));
        collection.receivedMinor = RowSet::toOptionalInt64(query.value(5));
        collection.receivedDate = RowSet::toDate(query.value(6));
        collection.note = query.text(7);
        result.append(collection);
    }
    return result;
}

Collection CollectionRepository::save(Collection collection)
{
    return saveAll({std::move(collection)}).first();
}

QList<Collection> CollectionRepository::saveAll(QList<Collection> collections)
{
    Transaction transaction(m_database);
    // ON CONFLICT ... DO UPDATE is spelled the same in SQLite (3.24+) and PostgreSQL.
    Statement upsert(m_database,
                     QStringLiteral("INSERT INTO collections (id, deal_id, currency, expected_amount_minor, "
                                    "expected_date, received_amount_minor, received_date, note, created_at, "
                                    "updated_at, deleted) VALUES (:id, :deal, :currency, :expected, :expected_date, "
                                    ":received, :received_date, :note, :now, :now, 0) ON CONFLICT(id) DO UPDATE SET "
                                    "deal_id = excluded.deal_id, currency = excluded.currency, "
                                    "expected_amount_minor = excluded.expected_amount_minor, "
                                    "expected_date = excluded.expected_date, "
                                    "received_amount_minor = excluded.received_amount_minor, "
                                    "received_date = excluded.received_date, note = excluded.note, "
                                    "updated_at = excluded.updated_at, deleted = 0"));
    const QString now = storageNow(m_clock);
    for (Collection& collection : collections) {
        if (collection.id.isEmpty()) {
            collection.id = Ids::newId();
        }
        upsert.bind(QStringLiteral(":id"), collection.id)
            .bind(QStringLiteral(":deal"), collection.dealId)
            .bind(QStringLiteral(":currency"), collection.currency)
            .bind(QStringLiteral(":expected"), collection.expectedMinor)
            .bind(QStringLiteral(":expected_date"), RowSet::date(collection.expectedDate))
            .bind(QStringLiteral(":received"), RowSet::optionalInt64(collection.receivedMinor))
            .bind(QStringLiteral(":received_date"), RowSet::date(collection.receivedDate))
            .bindText(QStringLiteral(":note"), collection.note)
            .bind(QStringLiteral(":now"), now)
            .exec();
    }
    transaction.commit();
    return collections;
}

void CollectionRepository::remove(const QString& id)
{
    RowSet::tombstone(m_database, storageNow(m_clock), QStringLiteral("collections"), id);
}
