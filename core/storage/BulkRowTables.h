// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkInsert.h"

#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <vector>

struct RowTable;
struct RowValues;

// BulkWriter's inserts for sheet tables (RowSet layout: id, parent, sort_order, the data
// columns, created_at, updated_at), one per table, made when a table is first written.
class BulkRowTables final
{
    Q_DISABLE_COPY_MOVE(BulkRowTables)
public:
    explicit BulkRowTables(sqlite3* db);
    ~BulkRowTables();

    // The rows of `parentId` in list order, stamped `now` as RowLoader stamps them.
    void insert(const RowTable& table, const QString& parentId, const QList<RowValues>& rows, const QString& now);
    // In the order the tables were first written (parents first).
    void flush();

private:
    BulkInsert& insertFor(const RowTable& table);

    sqlite3* m_db;
    std::map<QString, std::unique_ptr<BulkInsert>> m_byTable;
    std::vector<BulkInsert*> m_order;
};
