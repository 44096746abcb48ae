// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryPlan.h"

#include "SelectTrace.h"

#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"

#include <QSqlQuery>

#include <algorithm>

namespace QueryPlan {

QStringList of(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database().connection());
    if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        qFatal("cannot explain the statement");
    }
    QStringList lines;
    while (query.next()) {
        lines.append(query.value(3).toString());
    }
    return lines;
}

QStringList reading(Workspace& workspace, const SelectTrace& trace, const QString& text)
{
    QStringList statements = trace.statements();
    statements.removeIf([&text](const QString& statement) { return !statement.contains(text); });
    if (statements.size() != 1) {
        qWarning("%d statements hold %s", int(statements.size()), qPrintable(text));
        return {};
    }
    return of(workspace, statements.first());
}

bool anyContains(const QStringList& lines, const QString& text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&text](const QString& line) { return line.contains(text); });
}

} // namespace QueryPlan
