// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"
#include "Statement.h"

#include <QDebug>

Transaction::Transaction(Database& database)
    : m_database(database)
    , m_level(database.transactionDepth())
{
    if (m_level == 0) {
        Statement::run(m_database, QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        Statement::run(m_database, QStringLiteral("SAVEPOINT sp%1").arg(m_level));
    }
    ++m_database.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    --m_database.transactionDepth();
    try {
        if (m_level == 0) {
            Statement::run(m_database, QStringLiteral("ROLLBACK"));
        } else {
            Statement::run(m_database, QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
            Statement::run(m_database, QStringLiteral("RELEASE sp%1").arg(m_level));
        }
    } catch (const std::exception& error) {
        // A destructor must not throw; SQLite rolls back by itself when the connection closes.
        qWarning("rollback failed: %s", error.what());
    }
}

void Transaction::commit()
{
    if (m_level == 0) {
        Statement::run(m_database, QStringLiteral("COMMIT"));
    } else {
        Statement::run(m_database, QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    --m_database.transactionDepth();
    m_done = true;
}
