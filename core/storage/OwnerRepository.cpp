// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OwnerRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"

#include "core/util/Ids.h"

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, name, email, role, manager_id, created_at, updated_at FROM owners WHERE deleted = 0");

Owner ownerFrom(const Statement& row)
{
    Owner owner;
    owner.id = row.text(0);
    owner.name = row.text(1);
    owner.email = row.text(2);
    owner.role = row.text(3) == QLatin1String("manager") ? OwnerRole::Manager : OwnerRole::Rep;
    owner.managerId = row.text(4);
    owner.createdAt = Timestamp::fromStorage(row.text(5));
    owner.updatedAt = Timestamp::fromStorage(row.text(6));
    return owner;
}

void bindOwner(Statement& statement, const Owner& owner)
{
    statement.bind(QStringLiteral(":id"), owner.id)
        .bindText(QStringLiteral(":name"), owner.name)
        .bindText(QStringLiteral(":email"), owner.email)
        .bind(QStringLiteral(":role"),
              owner.role == OwnerRole::Manager ? QStringLiteral("manager") : QStringLiteral("rep"))
        .bindNullable(QStringLiteral(":manager_id"), owner.managerId);
}
} // namespace

OwnerRepository::OwnerRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<Owner> OwnerRepository::owners() const
{
    QList<Owner> result;
    Statement query(m_database, kSelect + QStringLiteral(" ORDER BY name"));
    query.exec();
    while (query.next()) {
        result.append(ownerFrom(query));
    }
    return result;
}

std::optional<Owner> OwnerRepository::owner(const QString& id) const
{
    Statement query(m_database, kSelect + QStringLiteral(" AND id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return ownerFrom(query);
}

Owner OwnerRepository::insert(Owner owner)
{
    if (owner.id.isEmpty()) {
        owner.id = Ids::newId();
    }
    const QString now = storageNow(m_clock);
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO owners (id, name, email, role, manager_id, created_at, updated_at) "
                                    "VALUES (:id, :name, :email, :role, :manager_id, :now, :now)"));
    bindOwner(insert, owner);
    insert.bind(QStringLiteral(":now"), now).exec();
    owner.createdAt = owner.updatedAt = Timestamp::fromStorage(now);
    return owner;
}

void OwnerRepository::update(const Owner& owner)
{
    Statement update(m_database,
                     QStringLiteral("UPDATE owners SET name = :name, email = :email, role = :role, "
                                    "manager_id = :manager_id, updated_at = :now WHERE id = :id"));
    bindOwner(update, owner);
    update.bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

void OwnerRepository::remove(const QString& id)
{
    Statement update(m_database, QStringLiteral("UPDATE owners SET deleted = 1, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}
