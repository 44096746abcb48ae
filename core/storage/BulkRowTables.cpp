// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkRowTables.h"

#include "RowSet.h"

BulkRowTables::BulkRowTables(sqlite3* db)
    : m_db(db)
{}

BulkRowTables::~BulkRowTables() = default;

void BulkRowTables::insert(const RowTable& table,
                           const QString& parentId,
                           const QList<RowValues>& rows,
                           const QString& now)
{
    BulkInsert& s = insertFor(table);
    for (qsizetype position = 0; position < rows.size(); ++position) {
        const RowValues& row = rows[position];
        s.text(row.id);
        if (!table.parentColumn.isEmpty()) {
            s.text(parentId);
        }
        if (table.ordered) {
            s.integer(position);
        }
        for (const QVariant& value : row.values) {
            s.variant(value);
        }
        s.text(now).text(now).endRow();
    }
}

void BulkRowTables::flush()
{
    for (BulkInsert* insert : m_order) {
        insert->flush();
    }
}

BulkInsert& BulkRowTables::insertFor(const RowTable& table)
{
    std::unique_ptr<BulkInsert>& insert = m_byTable[table.table];
    if (!insert) {
        std::vector<std::string> columns{"id"};
        if (!table.parentColumn.isEmpty()) {
            columns.push_back(table.parentColumn.toStdString());
        }
        if (table.ordered) {
            columns.emplace_back("sort_order");
        }
        for (const QString& column : table.columns) {
            columns.push_back(column.toStdString());
        }
        columns.insert(columns.end(), {"created_at", "updated_at"});
        insert = std::make_unique<BulkInsert>(m_db, table.table.toStdString(), columns);
        m_order.push_back(insert.get());
    }
    return *insert;
}
