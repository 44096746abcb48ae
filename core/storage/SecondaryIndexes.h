// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class Database;

/**
 * Drops the secondary indexes of some tables for a large load inside the caller's
 * transaction, and builds them again with rebuild(): one sort per index instead of a
 * random B-tree insert per row, several times faster once the rows loaded are many
 * compared with the rows there. Primary keys and UNIQUE constraints (automatic indexes)
 * stay, so the rules they keep are checked row by row as usual. If the transaction is
 * rolled back, the drops are rolled back with it. rebuild() tunes the connection's sorter
 * for the builds and puts its settings back.
 */
class SecondaryIndexes final
{
    Q_DISABLE_COPY_MOVE(SecondaryIndexes)
public:
    SecondaryIndexes(const Database& database, const QStringList& tables);
    // Creates the dropped indexes again; call before committing.
    void rebuild();

private:
    const Database& m_database;
    QStringList m_createSql;
};
