// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Account.h"
#include "core/domain/AccountPlan.h"
#include "core/domain/Contact.h"
#include "core/domain/ExchangeRate.h"
#include "core/storage/AccountPlanRepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class Workspace;

// What an account plan computes from the plan and the store (DOMAIN.md §5).
struct AccountPlanFacts
{
    // Penetration: 2-3 departments using us is the signal for a top-down deal.
    static constexpr int kTopDownDepartments = 2;
    int departments = 0;
    int departmentsUsing = 0;
    int openCells = 0; // whitespace cells marked "opportunity"
    std::optional<int> seats;
    std::optional<double> employeeShare; // seats / employees; none without both
    bool topDownSignal = false;

    struct YearRevenue
    {
        int year = 0;
        qint64 actualMinor = 0; // won deals of the year, in the base currency
        std::optional<qint64> targetMinor;
        bool actualIncomplete = false; // a won amount had no exchange rate and is left out
    };
    QString currency;           // the base currency of every amount below
    QList<YearRevenue> revenue; // every year with a target or a win, ascending

    struct MapPerson
    {
        Contact contact;
        std::optional<int> strength;
        QString ourPerson;
        QDateTime lastMet; // invalid: never met in a done interaction
    };
    // The relationship map: the account's contacts by org level, executives first,
    // unknown level last; within a level by name.
    QList<MapPerson> relationshipMap;
};

namespace AccountPlanSummary {

// Converts `amount` into `base` with the latest rate valid on `day` (rates are units of the
// base currency per unit of the other). None when no rate is known.
std::optional<qint64>
toBase(const Money& amount, const QDate& day, const QString& base, const QList<ExchangeRate>& rates);

AccountPlanFacts compute(const AccountPlan& plan,
                         const std::optional<int>& employees,
                         const QList<Contact>& contacts,
                         const QList<AccountPlanRepository::WonRevenue>& won,
                         const QHash<QString, QDateTime>& lastMet,
                         const QString& baseCurrency,
                         const QList<ExchangeRate>& rates);
// The same, reading the store.
AccountPlanFacts compute(Workspace& workspace, const AccountPlan& plan);

} // namespace AccountPlanSummary
