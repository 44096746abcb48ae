// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// RAII transaction: rolls back unless commit() was called. The outermost scope is a
// BEGIN IMMEDIATE (takes the write lock up front, so two writers never deadlock on an
// upgrade); nested scopes are savepoints, so a repository call inside a service call
// joins the service's transaction.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database& database);
    ~Transaction();
    void commit();

private:
    Database& m_database;
    int m_level = 0;
    bool m_done = false;
};
