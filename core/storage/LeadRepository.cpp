// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"

#include "core/util/Ids.h"

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, name, company, owner_id, account_id, source, status, converted_deal_id, converted_at, created_at, "
    "updated_at FROM leads WHERE deleted = 0");

Lead leadFrom(const Statement& row)
{
    Lead lead;
    lead.id = row.text(0);
    lead.name = row.text(1);
    lead.company = row.text(2);
    lead.ownerId = row.text(3);
    lead.accountId = row.text(4);
    lead.source = row.text(5);
    lead.status = leadStatusFromKey(row.text(6));
    lead.convertedDealId = row.text(7);
    lead.convertedAt = Timestamp::fromStorage(row.text(8));
    lead.createdAt = Timestamp::fromStorage(row.text(9));
    lead.updatedAt = Timestamp::fromStorage(row.text(10));
    return lead;
}

void bindLead(Statement& s, const Lead& lead)
{
    s.bind(QStringLiteral(":id"), lead.id)
        .bindText(QStringLiteral(":name"), lead.name)
        .bindText(QStringLiteral(":company"), lead.company)
        .bindNullable(QStringLiteral(":owner_id"), lead.ownerId)
        .bindNullable(QStringLiteral(":account_id"), lead.accountId)
        .bindText(QStringLiteral(":source"), lead.source)
        .bind(QStringLiteral(":status"), leadStatusKey(lead.status))
        .bindNullable(QStringLiteral(":converted_deal_id"), lead.convertedDealId)
        .bindNullable(QStringLiteral(":converted_at"), Timestamp::toStorage(lead.convertedAt));
}
} // namespace

LeadRepository::LeadRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<Lead> LeadRepository::leads() const
{
    QList<Lead> result;
    Statement query(m_database, kSelect + QStringLiteral(" ORDER BY created_at, id"));
    query.exec();
    while (query.next()) {
        result.append(leadFrom(query));
    }
    return result;
}

std::optional<Lead> LeadRepository::lead(const QString& id) const
{
    Statement query(m_database, kSelect + QStringLiteral(" AND id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return leadFrom(query);
}

Lead LeadRepository::insert(Lead lead)
{
    if (lead.id.isEmpty()) {
        lead.id = Ids::newId();
    }
    const QDateTime now = m_clock.nowUtc();
    if (!lead.createdAt.isValid()) {
        lead.createdAt = now;
    }
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO leads (id, name, company, owner_id, account_id, source, status, "
                                    "converted_deal_id, converted_at, created_at, updated_at) VALUES (:id, :name, "
                                    ":company, :owner_id, :account_id, :source, :status, :converted_deal_id, "
                                    ":converted_at, :created_at, :now)"));
    bindLead(insert, lead);
    insert.bind(QStringLiteral(":created_at"), Timestamp::toStorage(lead.createdAt))
        .bind(QStringLiteral(":now"), Timestamp::toStorage(now))
        .exec();
    lead.createdAt = Timestamp::fromStorage(Timestamp::toStorage(lead.createdAt));
    lead.updatedAt = Timestamp::fromStorage(Timestamp::toStorage(now));
    return lead;
}

void LeadRepository::update(const Lead& lead)
{
    Statement update(m_database,
                     QStringLiteral("UPDATE leads SET name = :name, company = :company, owner_id = :owner_id, "
                                    "account_id = :account_id, source = :source, status = :status, "
                                    "converted_deal_id = :converted_deal_id, converted_at = :converted_at, "
                                    "updated_at = :now WHERE id = :id"));
    bindLead(update, lead);
    update.bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

void LeadRepository::remove(const QString& id)
{
    Statement update(m_database, QStringLiteral("UPDATE leads SET deleted = 1, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}
