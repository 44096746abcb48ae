// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSet.h"

#include "core/domain/AccountPlan.h"
#include "core/domain/Product.h"

// The row codecs of an account plan and of the product catalogue (0002_rep_tables.sql).
namespace AccountPlanRows {

const RowTable& planTable();
const RowTable& departmentTable();
const RowTable& whitespaceTable();
const RowTable& revenueTargetTable();
const RowTable& jointActionTable();
const RowTable& relationshipTable();
const RowTable& productTable();

RowValues encode(const AccountPlan& plan);
AccountPlan decodePlan(const RowValues& row); // header fields only
RowValues encode(const QString& planId, const AccountDepartment& department);
RowValues encode(const QString& planId, const WhitespaceCell& cell);
RowValues encode(const QString& planId, const RevenueTarget& target);
RowValues encode(const QString& planId, const JointAction& action);
RowValues encode(const QString& planId, const Relationship& relationship);
RowValues encode(const Product& product);
AccountDepartment decodeDepartment(const RowValues& row);
WhitespaceCell decodeWhitespace(const RowValues& row);
RevenueTarget decodeRevenueTarget(const RowValues& row);
JointAction decodeJointAction(const RowValues& row);
Relationship decodeRelationship(const RowValues& row);
Product decodeProduct(const RowValues& row);

} // namespace AccountPlanRows
