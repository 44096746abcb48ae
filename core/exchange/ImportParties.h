// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

/**
 * The owners, accounts and contacts the rows of an import name, for ImportPlanner: linked
 * to the workspace's own by name key (case- and whitespace-insensitive), or planned as new
 * rows of `plan` the first time a name comes up. Changes to existing ones (a manager, an
 * industry) are collected and written to the plan by finish().
 */
class ImportParties final
{
public:
    struct AccountDetails
    {
        QString industry;
        QString region;
        std::optional<int> employees;
    };

    ImportParties(const ImportLookup& lookup, ImportPlan& plan, const QDateTime& now);

    // The owner's id ('' for no name); a manager keeps or gets the manager role.
    QString owner(const QString& name, OwnerRole role);
    void setManager(const QString& ownerName, const QString& managerId);
    // The account's id ('' for no name), given the attributes the row has.
    QString account(const QString& name, const AccountDetails& details);
    QString contact(const QString& accountId, const Contact& fromRow);
    void finish();

private:
    void changeOwner(const QString& key, const Owner& owner);

    const ImportLookup& m_lookup;
    ImportPlan& m_plan;
    QDateTime m_now;
    QHash<QString, Owner> m_owners;     // by name key
    QHash<QString, Account> m_accounts; // by name key
    QHash<QString, QString> m_contactIds;
    QHash<QString, qsizetype> m_newOwnerAt; // id -> index in plan.newOwners
    QHash<QString, qsizetype> m_newAccountAt;
    QSet<QString> m_linkedAccounts;
    QSet<QString> m_linkedOwners;
    QSet<QString> m_changedAccounts; // name keys of existing ones
    QSet<QString> m_changedOwners;
};
