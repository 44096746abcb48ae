// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkInsert.h"

#include "StorageError.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <sqlite3.h>

namespace {
// Parameters per statement stay under 999, the lowest limit any SQLite build has.
constexpr int kMaxParameters = 999;

StorageError errorOf(sqlite3* db, int code)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(db));
    if ((code & 0xff) == SQLITE_CONSTRAINT) {
        return {StorageError::Kind::Constraint,
                QCoreApplication::translate("Storage", "The change breaks a rule of the workspace: %1").arg(text)};
    }
    return {StorageError::Kind::QueryFailed,
            QCoreApplication::translate("Storage", "A database operation failed: %1").arg(text)};
}

sqlite3_stmt* prepare(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        throw errorOf(db, code);
    }
    return statement;
}

// Whether SQLite checks foreign keys on inserts into `table` on this connection.
bool checksForeignKeys(sqlite3* db, const char* table)
{
    int count = 0;
    for (const std::string& sql : {std::string("PRAGMA foreign_keys"),
                                   std::string("SELECT count(*) FROM pragma_foreign_key_list('") + table + "')"}) {
        sqlite3_stmt* statement = prepare(db, sql);
        const int code = sqlite3_step(statement);
        const int value = code == SQLITE_ROW ? sqlite3_column_int(statement, 0) : 0;
        sqlite3_finalize(statement);
        if (value == 0) {
            return false;
        }
        count += value;
    }
    return count > 0;
}

void toUtf8(const QString& value, std::string& out)
{
    const qsizetype size = value.size();
    out.resize(static_cast<std::size_t>(size));
    const QChar* chars = value.constData();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (c >= 0x80) {
            const QByteArray utf8 = value.toUtf8();
            out.assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            return;
        }
        out[static_cast<std::size_t>(i)] = static_cast<char>(c);
    }
}
} // namespace

BulkInsert::BulkInsert(
    sqlite3* db, const char* table, std::initializer_list<const char*> columns, int sortedRows, int keyColumns)
    : BulkInsert(
          db, std::string(table), std::vector<std::string>(columns.begin(), columns.end()), sortedRows, keyColumns)
{}

BulkInsert::BulkInsert(
    sqlite3* db, const std::string& table, const std::vector<std::string>& columns, int sortedRows, int keyColumns)
    : m_db(db)
    , m_columns(static_cast<int>(columns.size()))
    , m_sorted(sortedRows > 0)
    , m_keyColumns(std::clamp(keyColumns, 1, static_cast<int>(columns.size())))
{
    // OR ROLLBACK: a failed row ends the whole load anyway, and without a statement-level abort
    // SQLite keeps no statement journal, which would copy every page a statement touches.
    std::string head = std::string("INSERT OR ROLLBACK INTO ") + table + " (";
    std::string group = "(";
    bool first = true;
    for (const std::string& column : columns) {
        head += (first ? "" : ", ") + column;
        group += first ? "?" : ", ?";
        first = false;
    }
    head += ") VALUES ";
    group += ')';
    m_single = prepare(db, head + group);
    // Where foreign keys are checked, a statement of many rows could fail on its last row
    // after writing the others, so SQLite keeps a statement journal of every page it touches:
    // slower than one statement per row, which fails before it writes.
    if (checksForeignKeys(db, table.c_str())) {
        m_batchRows = 1;
    } else {
        m_batchRows = std::max(1, kMaxParameters / m_columns);
        std::string batch = head;
        for (int row = 0; row < m_batchRows; ++row) {
            batch += (row == 0 ? "" : ", ") + group;
        }
        try {
            m_batch = prepare(db, batch);
        } catch (...) {
            sqlite3_finalize(m_single);
            throw;
        }
    }
    m_capacity = std::max(m_batchRows, sortedRows);
    m_values.resize(static_cast<std::size_t>(m_capacity * m_columns));
    m_order.reserve(static_cast<std::size_t>(m_capacity));
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_batch);
    sqlite3_finalize(m_single);
}

BulkInsert::Value& BulkInsert::next()
{
    if (m_column >= m_columns) {
        throw StorageError(StorageError::Kind::QueryFailed,
                           QStringLiteral("bulk insert: more values than the %1 columns").arg(m_columns));
    }
    return m_values[static_cast<std::size_t>(m_rows * m_columns + m_column++)];
}

BulkInsert& BulkInsert::text(const QString& value)
{
    Value& slot = next();
    slot.kind = Value::Kind::Text;
    toUtf8(value, slot.text);
    return *this;
}

BulkInsert& BulkInsert::nullableText(const QString& value)
{
    if (value.isEmpty()) {
        next().kind = Value::Kind::Null;
        return *this;
    }
    return text(value);
}

BulkInsert& BulkInsert::integer(qint64 value)
{
    Value& slot = next();
    slot.kind = Value::Kind::Integer;
    slot.integer = value;
    return *this;
}

BulkInsert& BulkInsert::optionalInteger(const std::optional<int>& value)
{
    if (!value) {
        next().kind = Value::Kind::Null;
        return *this;
    }
    return integer(*value);
}

BulkInsert& BulkInsert::real(double value)
{
    Value& slot = next();
    slot.kind = Value::Kind::Real;
    slot.real = value;
    return *this;
}

BulkInsert& BulkInsert::variant(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        next().kind = Value::Kind::Null;
        return *this;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.isNull() ? (next().kind = Value::Kind::Null, *this) : integer(value.toLongLong());
    case QMetaType::Double:
        return value.isNull() ? (next().kind = Value::Kind::Null, *this) : real(value.toDouble());
    default:
        break;
    }
    const QString text = value.toString();
    if (text.isNull()) {
        next().kind = Value::Kind::Null;
        return *this;
    }
    return this->text(text);
}

void BulkInsert::endRow()
{
    if (m_column != m_columns) {
        const int given = m_column;
        m_column = 0;
        throw StorageError(StorageError::Kind::QueryFailed,
                           QStringLiteral("bulk insert: %1 of %2 values").arg(given).arg(m_columns));
    }
    m_column = 0;
    if (++m_rows == m_capacity) {
        writeRows();
    }
}

void BulkInsert::flush()
{
    m_column = 0;
    writeRows();
}

void BulkInsert::writeRows()
{
    const int rows = m_rows;
    m_rows = 0;
    m_order.resize(static_cast<std::size_t>(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sorted) {
        // Byte order of UTF-8 is SQLite's BINARY collation: the order of the primary key.
        const auto key = [this](int row, int column) -> const std::string& {
            return m_values[static_cast<std::size_t>(row * m_columns + column)].text;
        };
        const int keyColumns = m_keyColumns;
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            for (int column = 0; column < keyColumns; ++column) {
                const int order = key(a, column).compare(key(b, column));
                if (order != 0) {
                    return order < 0;
                }
            }
            return a < b;
        });
    }
    int done = 0;
    for (; m_batch && done + m_batchRows <= rows; done += m_batchRows) {
        for (int k = 0; k < m_batchRows; ++k) {
            bindRow(m_batch, m_order[static_cast<std::size_t>(done + k)], k * m_columns + 1);
        }
        step(m_batch);
    }
    for (; done < rows; ++done) {
        bindRow(m_single, m_order[static_cast<std::size_t>(done)], 1);
        step(m_single);
    }
}

void BulkInsert::bindRow(sqlite3_stmt* statement, int row, int firstParameter)
{
    for (int column = 0; column < m_columns; ++column) {
        const Value& value = m_values[static_cast<std::size_t>(row * m_columns + column)];
        const int parameter = firstParameter + column;
        switch (value.kind) {
        case Value::Kind::Null:
            sqlite3_bind_null(statement, parameter);
            break;
        case Value::Kind::Integer:
            sqlite3_bind_int64(statement, parameter, value.integer);
            break;
        case Value::Kind::Real:
            sqlite3_bind_double(statement, parameter, value.real);
            break;
        case Value::Kind::Text:
            // The value stays put until the statement has run.
            sqlite3_bind_text(
                statement, parameter, value.text.data(), static_cast<int>(value.text.size()), SQLITE_STATIC);
            break;
        }
    }
}

void BulkInsert::step(sqlite3_stmt* statement)
{
    const int code = sqlite3_step(statement);
    if (code != SQLITE_DONE) {
        const StorageError error = errorOf(m_db, code);
        sqlite3_reset(statement);
        throw error;
    }
    sqlite3_reset(statement);
}

const std::vector<std::string>& BulkInsert::accountColumns()
{
    static const std::vector<std::string> columns = {"id",
                                                     "name",
                                                     "industry",
                                                     "size_band",
                                                     "employees",
                                                     "region",
                                                     "segment",
                                                     "owner_id",
                                                     "created_at",
                                                     "updated_at"};
    return columns;
}
