// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSet.h"

#include <QHash>
#include <QString>

#include <memory>

class Database;
class Statement;

/**
 * Writes lists of rows (RowSet tables) for loads of generated data: one prepared
 * statement per table, reused for every row; a row is inserted, or overwritten where its id
 * exists, with nothing read or compared first (RowSet::write does both for an edit, and
 * tombstones rows that went away). Rows are stamped `now`, like RowSet::write's.
 * Call inside a transaction. Throws StorageError.
 */
class RowLoader final
{
    Q_DISABLE_COPY_MOVE(RowLoader)
public:
    RowLoader(const Database& database, const QString& now);
    ~RowLoader();

    void insert(const RowTable& table, const QString& parentId, const QList<RowValues>& rows);

private:
    const Database& m_database;
    QString m_now;
    QHash<QString, std::shared_ptr<Statement>> m_statements; // by table
};
