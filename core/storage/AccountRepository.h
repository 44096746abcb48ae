// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Account.h"
#include "core/domain/Contact.h"

#include <QList>

#include <optional>

class Clock;
class Database;

// Accounts and their contacts.
class AccountRepository final
{
public:
    AccountRepository(Database& database, const Clock& clock);

    QList<Account> accounts() const; // non-deleted, by name
    std::optional<Account> account(const QString& id) const;
    Account insert(Account account);
    void update(const Account& account);
    void remove(const QString& id);

    QList<Contact> contacts(const QString& accountId) const;
    std::optional<Contact> contact(const QString& id) const;
    Contact insertContact(Contact contact);
    void updateContact(const Contact& contact);
    void removeContact(const QString& id);
    void restoreContact(const QString& id); // undoes removeContact

private:
    Database& m_database;
    const Clock& m_clock;
};
