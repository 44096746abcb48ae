// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/AccountPlan.h"
#include "core/domain/Money.h"
#include "core/domain/Product.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class Clock;
class Database;

// Account plans with all their rows, the product catalogue of the whitespace grid, and the
// store facts a plan shows next to what was planned (won revenue, when contacts were met).
class AccountPlanRepository final
{
public:
    struct WonRevenue
    {
        int year = 0;
        Money amount;
        QDate wonOn; // of the first won deal of the year and currency, for the exchange rate
    };

    AccountPlanRepository(Database& database, const Clock& clock);

    std::optional<AccountPlan> forAccount(const QString& accountId) const;
    // Plans of the given accounts, or of every account when `accountIds` is empty.
    QList<AccountPlan> plans(const QStringList& accountIds = {}) const;
    // Stores `plan` like StrategySheetRepository::save: only changed rows are written.
    AccountPlan save(AccountPlan plan);
    void remove(const QString& planId);

    QList<Product> products() const; // in grid order
    // Makes the catalogue equal to `products` (order included); returns it with ids filled.
    QList<Product> saveProducts(QList<Product> products);

    // Won deals of the account summed per calendar year of winning and currency.
    QList<WonRevenue> wonRevenue(const QString& accountId) const;
    // Latest done interaction with each contact of the account.
    QHash<QString, QDateTime> lastMet(const QString& accountId) const;

private:
    std::optional<AccountPlan> storedById(const QString& planId) const;

    Database& m_database;
    const Clock& m_clock;
};
