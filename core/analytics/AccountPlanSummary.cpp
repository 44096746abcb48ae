// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPlanSummary.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/workspace/Workspace.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
int levelRank(OrgLevel level)
{
    switch (level) {
    case OrgLevel::Executive:
        return 0;
    case OrgLevel::Senior:
        return 1;
    case OrgLevel::Middle:
        return 2;
    case OrgLevel::Staff:
        return 3;
    case OrgLevel::Unknown:
        return 4;
    }
    return 4;
}
} // namespace

namespace AccountPlanSummary {

std::optional<qint64>
toBase(const Money& amount, const QDate& day, const QString& base, const QList<ExchangeRate>& rates)
{
    if (amount.currency == base) {
        return amount.minor;
    }
    const ExchangeRate* best = nullptr;
    for (const ExchangeRate& rate : rates) {
        if (rate.currency == amount.currency && rate.validFrom <= day && (!best || rate.validFrom > best->validFrom)) {
            best = &rate;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return Money::fromMajorUnits(amount.majorUnits() * best->rate, base).minor;
}

AccountPlanFacts compute(const AccountPlan& plan,
                         const std::optional<int>& employees,
                         const QList<Contact>& contacts,
                         const QList<AccountPlanRepository::WonRevenue>& won,
                         const QHash<QString, QDateTime>& lastMet,
                         const QString& baseCurrency,
                         const QList<ExchangeRate>& rates)
{
    AccountPlanFacts facts;
    facts.departments = static_cast<int>(plan.departments.size());
    QSet<QString> departments;
    for (const AccountDepartment& department : plan.departments) {
        departments.insert(department.id);
    }
    QSet<QString> usingDepartments;
    for (const WhitespaceCell& cell : plan.whitespace) {
        if (!departments.contains(cell.departmentId)) {
            continue; // a cell of a removed department
        }
        if (cell.state == WhitespaceState::Using) {
            usingDepartments.insert(cell.departmentId);
        } else if (cell.state == WhitespaceState::Opportunity) {
            ++facts.openCells;
        }
    }
    facts.departmentsUsing = static_cast<int>(usingDepartments.size());
    facts.topDownSignal = facts.departmentsUsing >= AccountPlanFacts::kTopDownDepartments;
    facts.seats = plan.seats;
    if (plan.seats && employees && *employees > 0) {
        facts.employeeShare = static_cast<double>(*plan.seats) / *employees;
    }

    facts.currency = baseCurrency;
    QMap<int, AccountPlanFacts::YearRevenue> years;
    for (const AccountPlanRepository::WonRevenue& revenue : won) {
        AccountPlanFacts::YearRevenue& year = years[revenue.year];
        year.year = revenue.year;
        const std::optional<qint64> converted = toBase(revenue.amount, revenue.wonOn, baseCurrency, rates);
        if (converted) {
            year.actualMinor += *converted;
        } else {
            year.actualIncomplete = true;
        }
    }
    for (const RevenueTarget& target : plan.revenueTargets) {
        AccountPlanFacts::YearRevenue& year = years[target.year];
        year.year = target.year;
        // A target in another currency is converted at the rate valid at the start of its year.
        year.targetMinor = toBase({target.targetMinor, target.currency}, QDate(target.year, 1, 1), baseCurrency, rates);
    }
    facts.revenue = years.values();

    QHash<QString, const Relationship*> relationships;
    for (const Relationship& relationship : plan.relationships) {
        relationships.insert(relationship.contactId, &relationship);
    }
    for (const Contact& contact : contacts) {
        AccountPlanFacts::MapPerson person{contact, std::nullopt, QString(), lastMet.value(contact.id)};
        if (const Relationship* relationship = relationships.value(contact.id)) {
            person.strength = relationship->strength;
            person.ourPerson = relationship->ourPerson;
        }
        facts.relationshipMap.append(person);
    }
    std::stable_sort(facts.relationshipMap.begin(),
                     facts.relationshipMap.end(),
                     [](const AccountPlanFacts::MapPerson& a, const AccountPlanFacts::MapPerson& b) {
                         const int ra = levelRank(a.contact.orgLevel);
                         const int rb = levelRank(b.contact.orgLevel);
                         if (ra != rb) {
                             return ra < rb;
                         }
                         return a.contact.name.localeAwareCompare(b.contact.name) < 0;
                     });
    return facts;
}

AccountPlanFacts compute(Workspace& workspace, const AccountPlan& plan)
{
    const std::optional<Account> account = workspace.accounts().account(plan.accountId);
    return compute(plan,
                   account ? account->employees : std::nullopt,
                   workspace.accounts().contacts(plan.accountId),
                   workspace.accountPlans().wonRevenue(plan.accountId),
                   workspace.accountPlans().lastMet(plan.accountId),
                   workspace.meta().baseCurrency(),
                   workspace.exchangeRates().rates());
}

} // namespace AccountPlanSummary
