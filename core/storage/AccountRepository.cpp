// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"

#include "core/util/Ids.h"

namespace {
const QString kAccountSelect =
    QStringLiteral("SELECT id, name, industry, size_band, employees, region, segment, owner_id, created_at, "
                   "updated_at FROM accounts WHERE deleted = 0");
const QString kContactSelect =
    QStringLiteral("SELECT id, account_id, name, title, org_level, email, phone, created_at, updated_at "
                   "FROM contacts WHERE deleted = 0");

Account accountFrom(const Statement& row)
{
    Account account;
    account.id = row.text(0);
    account.name = row.text(1);
    account.industry = row.text(2);
    account.sizeBand = row.text(3);
    if (!row.isNull(4)) {
        account.employees = static_cast<int>(row.integer(4));
    }
    account.region = row.text(5);
    account.segment = row.text(6);
    account.ownerId = row.text(7);
    account.createdAt = Timestamp::fromStorage(row.text(8));
    account.updatedAt = Timestamp::fromStorage(row.text(9));
    return account;
}

void bindAccount(Statement& statement, const Account& account)
{
    statement.bind(QStringLiteral(":id"), account.id)
        .bindText(QStringLiteral(":name"), account.name)
        .bindText(QStringLiteral(":industry"), account.industry)
        .bindText(QStringLiteral(":size_band"), account.sizeBand)
        .bind(QStringLiteral(":employees"), account.employees ? QVariant(*account.employees) : QVariant())
        .bindText(QStringLiteral(":region"), account.region)
        .bindText(QStringLiteral(":segment"), account.segment)
        .bindNullable(QStringLiteral(":owner_id"), account.ownerId);
}

Contact contactFrom(const Statement& row)
{
    Contact contact;
    contact.id = row.text(0);
    contact.accountId = row.text(1);
    contact.name = row.text(2);
    contact.title = row.text(3);
    contact.orgLevel = orgLevelFromKey(row.text(4));
    contact.email = row.text(5);
    contact.phone = row.text(6);
    contact.createdAt = Timestamp::fromStorage(row.text(7));
    contact.updatedAt = Timestamp::fromStorage(row.text(8));
    return contact;
}

void bindContact(Statement& statement, const Contact& contact)
{
    statement.bind(QStringLiteral(":id"), contact.id)
        .bindNullable(QStringLiteral(":account_id"), contact.accountId)
        .bindText(QStringLiteral(":name"), contact.name)
        .bindText(QStringLiteral(":title"), contact.title)
        .bind(QStringLiteral(":org_level"), orgLevelKey(contact.orgLevel))
        .bindText(QStringLiteral(":email"), contact.email)
        .bindText(QStringLiteral(":phone"), contact.phone);
}

void tombstone(Database& database, const Clock& clock, const QString& table, const QString& id)
{
    Statement update(database,
                     QStringLiteral("UPDATE ") + table +
                         QStringLiteral(" SET deleted = 1, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(clock)).exec();
}
} // namespace

AccountRepository::AccountRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<Account> AccountRepository::accounts() const
{
    QList<Account> result;
    Statement query(m_database, kAccountSelect + QStringLiteral(" ORDER BY name"));
    query.exec();
    while (query.next()) {
        result.append(accountFrom(query));
    }
    return result;
}

std::optional<Account> AccountRepository::account(const QString& id) const
{
    Statement query(m_database, kAccountSelect + QStringLiteral(" AND id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return accountFrom(query);
}

Account AccountRepository::insert(Account account)
{
    if (account.id.isEmpty()) {
        account.id = Ids::newId();
    }
    const QString now = storageNow(m_clock);
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO accounts (id, name, industry, size_band, employees, region, segment, "
                                    "owner_id, created_at, updated_at) VALUES (:id, :name, :industry, :size_band, "
                                    ":employees, :region, :segment, :owner_id, :now, :now)"));
    bindAccount(insert, account);
    insert.bind(QStringLiteral(":now"), now).exec();
    account.createdAt = account.updatedAt = Timestamp::fromStorage(now);
    return account;
}

void AccountRepository::update(const Account& account)
{
    Statement update(m_database,
                     QStringLiteral("UPDATE accounts SET name = :name, industry = :industry, size_band = :size_band, "
                                    "employees = :employees, region = :region, segment = :segment, "
                                    "owner_id = :owner_id, updated_at = :now WHERE id = :id"));
    bindAccount(update, account);
    update.bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

void AccountRepository::remove(const QString& id)
{
    tombstone(m_database, m_clock, QStringLiteral("accounts"), id);
}

QList<Contact> AccountRepository::contacts(const QString& accountId) const
{
    QList<Contact> result;
    Statement query(m_database, kContactSelect + QStringLiteral(" AND account_id = :account_id ORDER BY name"));
    query.bind(QStringLiteral(":account_id"), accountId).exec();
    while (query.next()) {
        result.append(contactFrom(query));
    }
    return result;
}

std::optional<Contact> AccountRepository::contact(const QString& id) const
{
    Statement query(m_database, kContactSelect + QStringLiteral(" AND id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return contactFrom(query);
}

Contact AccountRepository::insertContact(Contact contact)
{
    if (contact.id.isEmpty()) {
        contact.id = Ids::newId();
    }
    const QString now = storageNow(m_clock);
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO contacts (id, account_id, name, title, org_level, email, phone, "
                                    "created_at, updated_at) VALUES (:id, :account_id, :name, :title, :org_level, "
                                    ":email, :phone, :now, :now)"));
    bindContact(insert, contact);
    insert.bind(QStringLiteral(":now"), now).exec();
    contact.createdAt = contact.updatedAt = Timestamp::fromStorage(now);
    return contact;
}

void AccountRepository::updateContact(const Contact& contact)
{
    Statement update(m_database,
                     QStringLiteral("UPDATE contacts SET account_id = :account_id, name = :name, title = :title, "
                                    "org_level = :org_level, email = :email, phone = :phone, updated_at = :now "
                                    "WHERE id = :id"));
    bindContact(update, contact);
    update.bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

void AccountRepository::removeContact(const QString& id)
{
    tombstone(m_database, m_clock, QStringLiteral("contacts"), id);
}

void AccountRepository::restoreContact(const QString& id)
{
    Statement update(m_database, QStringLiteral("UPDATE contacts SET deleted = 0, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}
