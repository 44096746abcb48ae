// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeRateRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"

#include "core/util/Ids.h"

ExchangeRateRepository::ExchangeRateRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<ExchangeRate> ExchangeRateRepository::rates() const
{
    QList<ExchangeRate> result;
    Statement query(m_database,
                    QStringLiteral("SELECT id, currency, rate, valid_from FROM exchange_rates WHERE deleted = 0 "
                                   "ORDER BY currency, valid_from"));
    query.exec();
    while (query.next()) {
        result.append(
            ExchangeRate{query.text(0), query.text(1), query.real(2), Timestamp::dateFromStorage(query.text(3))});
    }
    return result;
}

ExchangeRate ExchangeRateRepository::insert(ExchangeRate rate)
{
    if (rate.id.isEmpty()) {
        rate.id = Ids::newId();
    }
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO exchange_rates (id, currency, rate, valid_from, created_at, "
                                    "updated_at) VALUES (:id, :currency, :rate, :valid_from, :now, :now)"));
    insert.bind(QStringLiteral(":id"), rate.id)
        .bind(QStringLiteral(":currency"), rate.currency)
        .bind(QStringLiteral(":rate"), rate.rate)
        .bind(QStringLiteral(":valid_from"), Timestamp::dateToStorage(rate.validFrom))
        .bind(QStringLiteral(":now"), storageNow(m_clock))
        .exec();
    return rate;
}

void ExchangeRateRepository::remove(const QString& id)
{
    Statement update(m_database,
                     QStringLiteral("UPDATE exchange_rates SET deleted = 1, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}
