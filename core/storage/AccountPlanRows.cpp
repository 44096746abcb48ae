// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPlanRows.h"

#include "core/util/Timestamp.h"

using namespace RowSet;

namespace {
QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names) {
        list.append(QString::fromLatin1(name));
    }
    return list;
}

RowTable child(const char* table, std::initializer_list<const char*> names)
{
    return {QString::fromLatin1(table), QStringLiteral("plan_id"), columns(names)};
}
} // namespace

namespace AccountPlanRows {

const RowTable& planTable()
{
    static const RowTable table{QStringLiteral("account_plans"),
                                QStringLiteral("account_id"),
                                columns({"strategic", "customer_strategy", "goals", "seats"}),
                                false};
    return table;
}

const RowTable& departmentTable()
{
    static const RowTable table = child("account_departments", {"name"});
    return table;
}

const RowTable& whitespaceTable()
{
    static const RowTable table = child("account_whitespace", {"department_id", "product_id", "state"});
    return table;
}

const RowTable& revenueTargetTable()
{
    static const RowTable table = child("account_revenue_targets", {"year", "target_minor", "currency"});
    return table;
}

const RowTable& jointActionTable()
{
    static const RowTable table =
        child("account_joint_actions", {"text", "our_owner", "their_owner", "due_date", "done"});
    return table;
}

const RowTable& relationshipTable()
{
    static const RowTable table = child("account_relationships", {"contact_id", "our_person", "strength", "note"});
    return table;
}

const RowTable& productTable()
{
    static const RowTable table{QStringLiteral("products"), QString(), columns({"name"})};
    return table;
}

RowValues encode(const AccountPlan& p)
{
    return {
        p.accountId, p.id, {flag(p.strategic), text(p.customerStrategy), text(p.goals), optionalInt(p.seats)}, {}, {}};
}

AccountPlan decodePlan(const RowValues& row)
{
    AccountPlan plan;
    plan.id = row.id;
    plan.accountId = row.parentId;
    plan.strategic = row.values[0].toInt() != 0;
    plan.customerStrategy = row.values[1].toString();
    plan.goals = row.values[2].toString();
    plan.seats = toOptionalInt(row.values[3]);
    plan.createdAt = Timestamp::fromStorage(row.createdAt);
    plan.updatedAt = Timestamp::fromStorage(row.updatedAt);
    return plan;
}

RowValues encode(const QString& planId, const AccountDepartment& d)
{
    return {planId, d.id, {text(d.name)}, {}, {}};
}

RowValues encode(const QString& planId, const WhitespaceCell& c)
{
    return {planId, c.id, {text(c.departmentId), text(c.productId), text(whitespaceStateKey(c.state))}, {}, {}};
}

RowValues encode(const QString& planId, const RevenueTarget& t)
{
    return {planId, t.id, {t.year, t.targetMinor, text(t.currency)}, {}, {}};
}

RowValues encode(const QString& planId, const JointAction& a)
{
    return {planId, a.id, {text(a.text), text(a.ourOwner), text(a.theirOwner), date(a.due), flag(a.done)}, {}, {}};
}

RowValues encode(const QString& planId, const Relationship& r)
{
    return {planId, r.id, {text(r.contactId), text(r.ourPerson), optionalInt(r.strength), text(r.note)}, {}, {}};
}

RowValues encode(const Product& p)
{
    return {QString(), p.id, {text(p.name)}, {}, {}};
}

AccountDepartment decodeDepartment(const RowValues& row)
{
    return {row.id, row.values[0].toString()};
}

WhitespaceCell decodeWhitespace(const RowValues& row)
{
    const QVariantList& v = row.values;
    return {row.id, v[0].toString(), v[1].toString(), whitespaceStateFromKey(v[2].toString())};
}

RevenueTarget decodeRevenueTarget(const RowValues& row)
{
    const QVariantList& v = row.values;
    return {row.id, v[0].toInt(), v[1].toLongLong(), v[2].toString()};
}

JointAction decodeJointAction(const RowValues& row)
{
    const QVariantList& v = row.values;
    return {row.id, v[0].toString(), v[1].toString(), v[2].toString(), toDate(v[3]), v[4].toInt() != 0};
}

Relationship decodeRelationship(const RowValues& row)
{
    const QVariantList& v = row.values;
    return {row.id, v[0].toString(), v[1].toString(), toOptionalInt(v[2]), v[3].toString()};
}

Product decodeProduct(const RowValues& row)
{
    return {row.id, row.values[0].toString()};
}

} // namespace AccountPlanRows
