// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "Database.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {
StorageError errorFrom(const QSqlError& error, const QString& sql)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite primary result codes (sqlite3.h): 5 BUSY, 6 LOCKED, 8 READONLY, 11 CORRUPT,
    // 19 CONSTRAINT, 26 NOTADB. Extended codes keep the primary code in the low byte.
    const int code = native.toInt() & 0xff;
    StorageError::Kind kind = StorageError::Kind::QueryFailed;
    QString message;
    switch (code) {
    case 5:
    case 6:
        kind = StorageError::Kind::Busy;
        message = QCoreApplication::translate("Storage", "The workspace is busy in another program: %1").arg(text);
        break;
    case 8:
        kind = StorageError::Kind::ReadOnly;
        message = QCoreApplication::translate("Storage", "The workspace is read-only: %1").arg(text);
        break;
    case 11:
    case 26:
        kind = StorageError::Kind::NotADatabase;
        message =
            QCoreApplication::translate("Storage", "The file is damaged or is not a Dealbench workspace: %1").arg(text);
        break;
    case 19:
        kind = StorageError::Kind::Constraint;
        message = QCoreApplication::translate("Storage", "The change breaks a rule of the workspace: %1").arg(text);
        break;
    default:
        message = QCoreApplication::translate("Storage", "A database operation failed: %1").arg(text);
        break;
    }
    Q_UNUSED(sql)
    return {kind, message};
}
} // namespace

Statement::Statement(const Database& database, const QString& sql)
    : m_query(database.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        throw errorFrom(m_query.lastError(), sql);
    }
}

Statement& Statement::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Statement& Statement::bindText(const QString& placeholder, const QString& value)
{
    m_query.bindValue(placeholder, value.isNull() ? QStringLiteral("") : value);
    return *this;
}

Statement& Statement::bindNullable(const QString& placeholder, const QString& value)
{
    m_query.bindValue(placeholder, value.isEmpty() ? QVariant() : QVariant(value));
    return *this;
}

void Statement::exec()
{
    if (!m_query.exec()) {
        throw errorFrom(m_query.lastError(), m_sql);
    }
}

void Statement::run(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        throw errorFrom(query.lastError(), sql);
    }
}

QVariant Statement::scalar(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        throw errorFrom(query.lastError(), sql);
    }
    return query.next() ? query.value(0) : QVariant();
}
