// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

/**
 * One table's INSERT for BulkWriter. Values are given column by column in the order of
 * the column list, endRow() closes a row; rows are written many at a time with one
 * multi-row INSERT (fewer statement executions: most of the cost at millions of rows),
 * and flush() writes the rest. Text is handed to SQLite as UTF-8, the file's encoding, so
 * SQLite neither converts nor allocates per value. Throws StorageError.
 */
class BulkInsert final
{
    Q_DISABLE_COPY_MOVE(BulkInsert)
public:
    // With `sortedRows`, rows are collected that many at a time and written in the order of
    // their first two columns (the primary key): inserting random UUID keys in key order
    // keeps the index pages a chunk touches in the CPU cache instead of hopping at random.
    // The rows' storage order (rowid) then follows the key within each chunk. `keyColumns`:
    // how many leading columns the key has.
    BulkInsert(sqlite3* db,
               const char* table,
               std::initializer_list<const char*> columns,
               int sortedRows = 0,
               int keyColumns = 2);
    BulkInsert(sqlite3* db,
               const std::string& table,
               const std::vector<std::string>& columns,
               int sortedRows = 0,
               int keyColumns = 2);
    ~BulkInsert();

    // The columns of an accounts row, as AccountRepository::insert writes them: the generator
    // and the import write new accounts in bulk with these.
    static const std::vector<std::string>& accountColumns();

    // Text for a NOT NULL column: a null QString is stored as ''.
    BulkInsert& text(const QString& value);
    // Text for a nullable column: an empty QString is stored as NULL.
    BulkInsert& nullableText(const QString& value);
    BulkInsert& integer(qint64 value);
    BulkInsert& optionalInteger(const std::optional<int>& value);
    BulkInsert& real(double value);
    // A value bound as QSQLITE binds it (a null QString or an invalid QVariant is NULL).
    BulkInsert& variant(const QVariant& value);
    void endRow();
    void flush();

private:
    struct Value
    {
        enum class Kind
        {
            Null,
            Integer,
            Real,
            Text,
        };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        std::string text; // keeps its capacity from row to row
    };

    Value& next();
    void bindRow(sqlite3_stmt* statement, int row, int firstParameter);
    void step(sqlite3_stmt* statement);
    void writeRows();

    sqlite3* m_db;
    sqlite3_stmt* m_single = nullptr;
    sqlite3_stmt* m_batch = nullptr;
    int m_columns = 0;
    bool m_sorted = false;
    int m_keyColumns = 2;
    int m_batchRows = 1;
    int m_capacity = 1;
    int m_rows = 0;   // complete rows waiting
    int m_column = 0; // next column of the current row
    std::vector<Value> m_values;
    std::vector<int> m_order;
};
