// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPlanRepository.h"

#include "AccountPlanRows.h"
#include "Database.h"
#include "RowStamp.h"
#include "SheetDocument.h"
#include "Statement.h"
#include "Transaction.h"

#include "core/util/Ids.h"

using namespace AccountPlanRows;

namespace {
// The codec overloads of AccountPlanRows, as one callable for SheetDocument::writeList.
const auto encodeRow = [](const QString& planId, const auto& item) {
    return encode(planId, item);
};

QList<AccountPlan> load(const Database& database, const QList<RowValues>& headers)
{
    QList<AccountPlan> plans;
    QStringList ids;
    for (const RowValues& header : headers) {
        plans.append(decodePlan(header));
        ids.append(header.id);
    }
    if (plans.isEmpty()) {
        return plans;
    }
    const QHash<QString, AccountPlan*> byId = SheetDocument::byId(plans);
    const QStringList parents = SheetDocument::childFilter(ids);
    using SheetDocument::attach;
    attach(byId, RowSet::read(database, departmentTable(), parents), &AccountPlan::departments, decodeDepartment);
    attach(byId, RowSet::read(database, whitespaceTable(), parents), &AccountPlan::whitespace, decodeWhitespace);
    attach(
        byId, RowSet::read(database, revenueTargetTable(), parents), &AccountPlan::revenueTargets, decodeRevenueTarget);
    attach(byId, RowSet::read(database, jointActionTable(), parents), &AccountPlan::jointActions, decodeJointAction);
    attach(byId, RowSet::read(database, relationshipTable(), parents), &AccountPlan::relationships, decodeRelationship);
    return plans;
}
} // namespace

AccountPlanRepository::AccountPlanRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

std::optional<AccountPlan> AccountPlanRepository::forAccount(const QString& accountId) const
{
    const QList<AccountPlan> found = plans({accountId});
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<AccountPlan> AccountPlanRepository::plans(const QStringList& accountIds) const
{
    return load(m_database, RowSet::read(m_database, planTable(), accountIds));
}

std::optional<AccountPlan> AccountPlanRepository::storedById(const QString& planId) const
{
    Statement query(m_database, QStringLiteral("SELECT account_id FROM account_plans WHERE id = :id AND deleted = 0"));
    query.bind(QStringLiteral(":id"), planId).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    for (const AccountPlan& plan : plans({query.text(0)})) {
        if (plan.id == planId) {
            return plan;
        }
    }
    return std::nullopt;
}

AccountPlan AccountPlanRepository::save(AccountPlan plan)
{
    if (plan.id.isEmpty()) {
        plan.id = Ids::newId();
    }
    SheetDocument::assignIds(plan.departments);
    SheetDocument::assignIds(plan.whitespace);
    SheetDocument::assignIds(plan.revenueTargets);
    SheetDocument::assignIds(plan.jointActions);
    SheetDocument::assignIds(plan.relationships);
    const QString now = storageNow(m_clock);
    Transaction transaction(m_database);
    const std::optional<AccountPlan> stored = storedById(plan.id);
    AccountPlan before;
    if (stored) {
        before = *stored;
    } else {
        AccountPlan rowsOnly;
        rowsOnly.id = plan.id;
        before = load(m_database, {encode(rowsOnly)}).first();
    }
    RowSet::write(m_database,
                  now,
                  planTable(),
                  plan.accountId,
                  stored ? QList<RowValues>{encode(before)} : QList<RowValues>{},
                  {encode(plan)});
    using SheetDocument::writeList;
    const QString& id = plan.id;
    writeList(m_database, now, departmentTable(), id, before.departments, plan.departments, encodeRow);
    writeList(m_database, now, whitespaceTable(), id, before.whitespace, plan.whitespace, encodeRow);
    writeList(m_database, now, revenueTargetTable(), id, before.revenueTargets, plan.revenueTargets, encodeRow);
    writeList(m_database, now, jointActionTable(), id, before.jointActions, plan.jointActions, encodeRow);
    writeList(m_database, now, relationshipTable(), id, before.relationships, plan.relationships, encodeRow);
    AccountPlan result = *storedById(plan.id);
    transaction.commit();
    return result;
}

void AccountPlanRepository::remove(const QString& planId)
{
    RowSet::tombstone(m_database, storageNow(m_clock), QStringLiteral("account_plans"), planId);
}

QList<Product> AccountPlanRepository::products() const
{
    QList<Product> result;
    for (const RowValues& row : RowSet::read(m_database, productTable(), {})) {
        result.append(decodeProduct(row));
    }
    return result;
}

QList<Product> AccountPlanRepository::saveProducts(QList<Product> list)
{
    SheetDocument::assignIds(list);
    QList<RowValues> before;
    for (const Product& product : products()) {
        before.append(encode(product));
    }
    QList<RowValues> after;
    for (const Product& product : list) {
        after.append(encode(product));
    }
    Transaction transaction(m_database);
    RowSet::write(m_database, storageNow(m_clock), productTable(), QString(), before, after);
    transaction.commit();
    return list;
}

QList<AccountPlanRepository::WonRevenue> AccountPlanRepository::wonRevenue(const QString& accountId) const
{
    QList<WonRevenue> result;
    // won_at is UTC ISO text, so its first four characters are the year.
    Statement query(m_database,
                    QStringLiteral("SELECT substr(d.won_at, 1, 4), d.currency, sum(d.amount_minor), min(d.won_at) "
                                   "FROM deals d JOIN stages s ON s.id = d.stage_id "
                                   "WHERE d.deleted = 0 AND d.account_id = :account AND s.kind = 'won' "
                                   "AND d.won_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"));
    query.bind(QStringLiteral(":account"), accountId).exec();
    while (query.next()) {
        WonRevenue revenue;
        revenue.year = query.text(0).toInt();
        revenue.amount = {query.integer(2), query.text(1)};
        revenue.wonOn = Timestamp::fromStorage(query.text(3)).date();
        result.append(revenue);
    }
    return result;
}

QHash<QString, QDateTime> AccountPlanRepository::lastMet(const QString& accountId) const
{
    QHash<QString, QDateTime> result;
    Statement query(m_database,
                    QStringLiteral("SELECT ic.contact_id, max(i.scheduled_at) FROM interaction_contacts ic "
                                   "JOIN interactions i ON i.id = ic.interaction_id "
                                   "JOIN contacts c ON c.id = ic.contact_id "
                                   "WHERE ic.deleted = 0 AND i.deleted = 0 AND c.deleted = 0 "
                                   "AND c.account_id = :account AND i.appointment_state = 'done' "
                                   "GROUP BY ic.contact_id"));
    query.bind(QStringLiteral(":account"), accountId).exec();
    while (query.next()) {
        result.insert(query.text(0), Timestamp::fromStorage(query.text(1)));
    }
    return result;
}
