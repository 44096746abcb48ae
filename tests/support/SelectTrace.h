// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class Workspace;
struct sqlite3;

// Collects the SELECT (and WITH) statements a piece of work runs on a workspace's connection
// while the object lives, with their bound values written in (sqlite3_expanded_sql): tests
// check their query plans, benchmarks run exactly the same SQL in the sqlite3 tool.
class SelectTrace final
{
public:
    explicit SelectTrace(Workspace& workspace);
    ~SelectTrace();
    SelectTrace(const SelectTrace&) = delete;
    SelectTrace& operator=(const SelectTrace&) = delete;

    const QStringList& statements() const { return m_statements; }
    // The statements that read `table` ("FROM <table> ").
    QStringList reading(const QString& table) const;
    // All statements as one script for the sqlite3 tool.
    QString script() const { return m_statements.join(QStringLiteral(";\n")); }

private:
    static int onStatement(unsigned, void* context, void* statement, void*);

    sqlite3* m_handle;
    QStringList m_statements;
};
