// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class SelectTrace;
class Workspace;

// What SQLite would do for a statement, for tests that pin a read to its index.
namespace QueryPlan {

// The EXPLAIN QUERY PLAN lines of a statement.
QStringList of(Workspace& workspace, const QString& sql);
// The plan lines of the one traced statement that holds `text` (empty, with a warning,
// when none or several do).
QStringList reading(Workspace& workspace, const SelectTrace& trace, const QString& text);
bool anyContains(const QStringList& lines, const QString& text);

} // namespace QueryPlan
