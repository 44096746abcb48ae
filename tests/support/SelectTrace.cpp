// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectTrace.h"

#include "core/workspace/Workspace.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

SelectTrace::SelectTrace(Workspace& workspace)
    : m_handle(*static_cast<sqlite3* const*>(workspace.database().connection().driver()->handle().constData()))
{
    sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &SelectTrace::onStatement, this);
}

SelectTrace::~SelectTrace()
{
    sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

QStringList SelectTrace::reading(const QString& table) const
{
    QStringList found;
    for (const QString& statement : m_statements) {
        if (statement.contains(QStringLiteral("FROM ") + table + u' ')) {
            found.append(statement);
        }
    }
    return found;
}

int SelectTrace::onStatement(unsigned, void* context, void* statement, void*)
{
    auto* self = static_cast<SelectTrace*>(context);
    if (char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement))) {
        const QString text = QString::fromUtf8(sql).simplified();
        if (text.startsWith(QLatin1String("SELECT")) || text.startsWith(QLatin1String("WITH"))) {
            self->m_statements.append(text);
        }
        sqlite3_free(sql);
    }
    return 0;
}
