// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class Database;

// A read-only prepared query stepped on the SQLite handle itself. The analytics read
// hundreds of thousands of rows per report: QSqlQuery turns every column of every row into a
// QVariant before it is asked for, which cost more than the query. Values are read straight
// from SQLite here; timestamps are parsed from the stored bytes without a QString. Placeholders
// are positional (?1, ?2, ...). Throws StorageError like Statement.
class SqlCursor final
{
public:
    SqlCursor(const Database& database, const char* sql);
    ~SqlCursor();
    SqlCursor(const SqlCursor&) = delete;
    SqlCursor& operator=(const SqlCursor&) = delete;

    // `index` counts from 1, as in ?1.
    SqlCursor& bind(int index, const QString& text);
    SqlCursor& bind(int index, qint64 value);

    // The next row; false at the end.
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;         // NULL -> null QString
    QByteArrayView bytes(int column) const; // valid until the next step
    qint64 msecs(int column) const;         // a storage timestamp; 0 for NULL or ''

    // Milliseconds since the epoch of a stored timestamp's bytes (Timestamp::msecsFromStorage).
    static qint64 msecsOf(QByteArrayView text);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};
