// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecondaryIndexes.h"

#include "Database.h"
#include "Statement.h"

SecondaryIndexes::SecondaryIndexes(const Database& database, const QStringList& tables)
    : m_database(database)
{
    QStringList names;
    for (const QString& table : tables) {
        // Automatic indexes (primary keys, UNIQUE) have no SQL and cannot be dropped.
        Statement indexes(m_database,
                          QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT "
                                         "NULL AND tbl_name = :table ORDER BY name"));
        indexes.bind(QStringLiteral(":table"), table).exec();
        while (indexes.next()) {
            names.append(indexes.text(0));
            m_createSql.append(indexes.text(1));
        }
    }
    for (const QString& name : std::as_const(names)) {
        Statement::run(m_database, QStringLiteral("DROP INDEX \"%1\"").arg(name));
    }
}

void SecondaryIndexes::rebuild()
{
    for (const QString& sql : std::as_const(m_createSql)) {
        Statement::run(m_database, sql);
    }
    m_createSql.clear();
}
