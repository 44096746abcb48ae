// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPlanService.h"

#include "core/services/InputRules.h"
#include "core/storage/AccountPlanRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>
#include <QSet>

namespace {
StorageError invalid(const QString& text)
{
    return {StorageError::Kind::InvalidInput, text};
}
} // namespace

AccountPlanService::AccountPlanService(Workspace& workspace)
    : m_workspace(workspace)
{}

QString AccountPlanService::validate(const AccountPlan& plan)
{
    if (plan.accountId.isEmpty()) {
        return QCoreApplication::translate("AccountPlanService", "An account plan belongs to an account.");
    }
    if (plan.seats && *plan.seats < 0) {
        return QCoreApplication::translate("AccountPlanService", "Seats cannot be negative.");
    }
    QSet<int> years;
    for (const RevenueTarget& target : plan.revenueTargets) {
        if (target.currency.size() != 3) {
            return QCoreApplication::translate("AccountPlanService", "A revenue target needs a currency.");
        }
        if (years.contains(target.year)) {
            return QCoreApplication::translate("AccountPlanService", "There is one revenue target per year.");
        }
        years.insert(target.year);
        const QString problem = InputRules::first(
            {InputRules::checkAmount(target.targetMinor,
                                     QCoreApplication::translate("AccountPlanService", "A revenue target")),
             InputRules::checkDate(QDate(target.year, 1, 1),
                                   QCoreApplication::translate("AccountPlanService", "A target's year"))});
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    const QString textProblem = InputRules::first(
        {InputRules::checkText(plan.customerStrategy,
                               QCoreApplication::translate("AccountPlanService", "The customer's strategy")),
         InputRules::checkText(plan.goals, QCoreApplication::translate("AccountPlanService", "The goals"))});
    if (!textProblem.isEmpty()) {
        return textProblem;
    }
    for (const Relationship& relationship : plan.relationships) {
        if (relationship.contactId.isEmpty()) {
            return QCoreApplication::translate("AccountPlanService", "A relationship needs a contact.");
        }
        if (relationship.strength && (*relationship.strength < 1 || *relationship.strength > 5)) {
            return QCoreApplication::translate("AccountPlanService", "Relationship strength goes from 1 to 5.");
        }
    }
    return {};
}

AccountPlan AccountPlanService::save(const AccountPlan& plan)
{
    const QString problem = validate(plan);
    if (!problem.isEmpty()) {
        throw invalid(problem);
    }
    Transaction transaction(m_workspace.database());
    if (!m_workspace.accounts().account(plan.accountId)) {
        throw invalid(QCoreApplication::translate("AccountPlanService", "The account no longer exists."));
    }
    const std::optional<AccountPlan> current = m_workspace.accountPlans().forAccount(plan.accountId);
    if (current && current->id != plan.id) {
        throw invalid(QCoreApplication::translate("AccountPlanService", "The account has a plan already."));
    }
    const AccountPlan stored = m_workspace.accountPlans().save(plan);
    transaction.commit();
    emit m_workspace.events().accountPlansChanged({plan.accountId});
    return stored;
}

AccountPlan AccountPlanService::remove(const QString& accountId)
{
    Transaction transaction(m_workspace.database());
    const std::optional<AccountPlan> current = m_workspace.accountPlans().forAccount(accountId);
    if (!current) {
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("AccountPlanService", "The account has no plan."));
    }
    m_workspace.accountPlans().remove(current->id);
    transaction.commit();
    emit m_workspace.events().accountPlansChanged({accountId});
    return *current;
}

QList<Product> AccountPlanService::saveProducts(const QList<Product>& products)
{
    for (const Product& product : products) {
        if (product.name.trimmed().isEmpty()) {
            throw invalid(QCoreApplication::translate("AccountPlanService", "A product needs a name."));
        }
    }
    Transaction transaction(m_workspace.database());
    const QList<Product> stored = m_workspace.accountPlans().saveProducts(products);
    transaction.commit();
    emit m_workspace.events().productsChanged();
    return stored;
}
