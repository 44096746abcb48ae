// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowLoader.h"

#include "Database.h"
#include "Statement.h"

RowLoader::RowLoader(const Database& database, const QString& now)
    : m_database(database)
    , m_now(now)
{}

RowLoader::~RowLoader() = default;

void RowLoader::insert(const RowTable& table, const QString& parentId, const QList<RowValues>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    std::shared_ptr<Statement>& statement = m_statements[table.table];
    if (!statement) {
        statement = std::make_shared<Statement>(m_database, RowSet::upsertSql(table));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        RowSet::bindRow(*statement, table, parentId, i, rows[i]);
        statement->bind(QStringLiteral(":now"), m_now).exec();
    }
}
