// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class Database;

// A prepared statement that throws StorageError on failure. All SQL text of the
// program lives in core/storage and runs through this class.
class Statement final
{
public:
    Statement(const Database& database, const QString& sql);

    Statement& bind(const QString& placeholder, const QVariant& value);
    // Text for a NOT NULL column: a null QString is stored as '' rather than NULL.
    Statement& bindText(const QString& placeholder, const QString& value);
    // Text for a nullable column: an empty QString is stored as NULL.
    Statement& bindNullable(const QString& placeholder, const QString& value);

    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs one statement without results (DDL, pragmas).
    static void run(const Database& database, const QString& sql);
    // Runs a query expected to return one value.
    static QVariant scalar(const Database& database, const QString& sql);

private:
    QSqlQuery m_query;
    QString m_sql;
};
