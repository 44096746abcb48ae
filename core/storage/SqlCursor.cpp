// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCursor.h"

#include "Database.h"
#include "StorageError.h"

#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {
sqlite3* handleOf(const Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

[[noreturn]] void fail(sqlite3* db)
{
    const QString text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no SQLite connection");
    throw StorageError(StorageError::Kind::QueryFailed,
                       QCoreApplication::translate("Storage", "A database operation failed: %1").arg(text));
}

} // namespace

// The storage form "yyyy-MM-ddTHH:mm:ss.zzzZ" from its bytes; anything else through Timestamp.
qint64 SqlCursor::msecsOf(QByteArrayView text)
{
    if (text.isEmpty()) {
        return 0;
    }
    static constexpr int kDigits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22};
    bool plain = text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' &&
                 text[16] == ':' && text[19] == '.' && text[23] == 'Z';
    for (int i = 0; plain && i < int(std::size(kDigits)); ++i) {
        plain = text[kDigits[i]] >= '0' && text[kDigits[i]] <= '9';
    }
    if (!plain) {
        return Timestamp::msecsFromStorage(QString::fromUtf8(text));
    }
    auto number = [text](int at, int width) {
        qint64 value = 0;
        for (int i = 0; i < width; ++i) {
            value = value * 10 + (text[at + i] - '0');
        }
        return value;
    };
    return Timestamp::msecsFromCivil(
        number(0, 4), number(5, 2), number(8, 2), number(11, 2), number(14, 2), number(17, 2), number(20, 3));
}

SqlCursor::SqlCursor(const Database& database, const char* sql)
    : m_db(handleOf(database))
{
    if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        fail(m_db);
    }
}

SqlCursor::~SqlCursor()
{
    sqlite3_finalize(m_statement);
}

SqlCursor& SqlCursor::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
        fail(m_db);
    }
    return *this;
}

SqlCursor& SqlCursor::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK) {
        fail(m_db);
    }
    return *this;
}

bool SqlCursor::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        return true;
    }
    if (code != SQLITE_DONE) {
        fail(m_db);
    }
    return false;
}

bool SqlCursor::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlCursor::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqlCursor::bytes(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QString SqlCursor::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data) {
        return {};
    }
    const int size = sqlite3_column_bytes(m_statement, column);
    return size == 0 ? QStringLiteral("") : QString::fromUtf8(data, size);
}

qint64 SqlCursor::msecs(int column) const
{
    return msecsOf(bytes(column));
}
