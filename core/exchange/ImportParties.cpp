// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportParties.h"

#include "core/util/Ids.h"

ImportParties::ImportParties(const ImportLookup& lookup, ImportPlan& plan, const QDateTime& now)
    : m_lookup(lookup)
    , m_plan(plan)
    , m_now(now)
    , m_owners(lookup.owners)
    , m_accounts(lookup.accounts)
    , m_contactIds(lookup.contactIds)
{}

void ImportParties::changeOwner(const QString& key, const Owner& owner)
{
    if (m_lookup.owners.contains(key)) {
        m_changedOwners.insert(key);
    } else {
        m_plan.newOwners[m_newOwnerAt.value(owner.id)] = owner;
    }
}

QString ImportParties::owner(const QString& name, OwnerRole role)
{
    const QString key = ImportPlan::nameKey(name);
    if (key.isEmpty()) {
        return {};
    }
    if (auto it = m_owners.find(key); it != m_owners.end()) {
        if (m_lookup.owners.contains(key)) {
            m_linkedOwners.insert(it->id);
        }
        if (role == OwnerRole::Manager && it->role != OwnerRole::Manager) {
            it->role = OwnerRole::Manager;
            changeOwner(key, *it);
        }
        return it->id;
    }
    Owner owner;
    owner.id = Ids::newId();
    owner.name = name.simplified();
    owner.role = role;
    owner.createdAt = owner.updatedAt = m_now;
    m_owners.insert(key, owner);
    m_newOwnerAt.insert(owner.id, m_plan.newOwners.size());
    m_plan.newOwners.append(owner);
    return owner.id;
}

void ImportParties::setManager(const QString& ownerName, const QString& managerId)
{
    const QString key = ImportPlan::nameKey(ownerName);
    auto it = m_owners.find(key);
    if (it == m_owners.end() || it->managerId == managerId || it->id == managerId) {
        return;
    }
    it->managerId = managerId;
    changeOwner(key, *it);
}

QString ImportParties::account(const QString& name, const AccountDetails& details)
{
    const QString key = ImportPlan::nameKey(name);
    if (key.isEmpty()) {
        return {};
    }
    auto it = m_accounts.find(key);
    if (it == m_accounts.end()) {
        Account account;
        account.id = Ids::newId();
        account.name = name.simplified();
        account.createdAt = account.updatedAt = m_now;
        it = m_accounts.insert(key, account);
        m_newAccountAt.insert(account.id, m_plan.newAccounts.size());
        m_plan.newAccounts.append(account);
    } else if (m_lookup.accounts.contains(key)) {
        m_linkedAccounts.insert(it->id);
    }
    Account updated = *it;
    updated.industry = details.industry.isEmpty() ? updated.industry : details.industry;
    updated.region = details.region.isEmpty() ? updated.region : details.region;
    updated.employees = details.employees ? details.employees : updated.employees;
    if (!(updated == *it)) {
        *it = updated;
        if (m_lookup.accounts.contains(key)) {
            m_changedAccounts.insert(key);
        } else {
            m_plan.newAccounts[m_newAccountAt.value(updated.id)] = updated;
        }
    }
    return it->id;
}

QString ImportParties::contact(const QString& accountId, const Contact& fromRow)
{
    const QString key = accountId + u'\x1f' + ImportPlan::nameKey(fromRow.name);
    QString contactId = m_contactIds.value(key);
    if (contactId.isEmpty()) {
        Contact contact = fromRow;
        contact.id = Ids::newId();
        contact.accountId = accountId;
        contact.name = fromRow.name.simplified();
        contact.createdAt = contact.updatedAt = m_now;
        m_plan.newContacts.append(contact);
        m_contactIds.insert(key, contact.id);
        contactId = contact.id;
    }
    return contactId;
}

void ImportParties::finish()
{
    for (const QString& key : std::as_const(m_changedOwners)) {
        m_plan.changedOwners.append(m_owners.value(key));
    }
    for (const QString& key : std::as_const(m_changedAccounts)) {
        m_plan.changedAccounts.append(m_accounts.value(key));
    }
    m_plan.linkedAccounts = static_cast<int>(m_linkedAccounts.size());
    m_plan.linkedOwners = static_cast<int>(m_linkedOwners.size());
}
