// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Owner.h"

#include <QList>
#include <QStringList>

// Who reports to whom, from owners.manager_id: the team whose data a manager's measures read
// and whose sheets align to the manager's.
namespace ReportingLine {

// The people whose manager is `managerId`, by name.
QList<Owner> directReports(const QList<Owner>& owners, const QString& managerId);
// `ownerId` and everyone below them, directly or not (a cycle in the data is cut).
QStringList team(const QList<Owner>& owners, const QString& ownerId);

} // namespace ReportingLine
