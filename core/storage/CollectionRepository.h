// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Collection.h"

#include <QList>
#include <QStringList>

class Clock;
class Database;

// Expected and received payments of won deals (回款).
class CollectionRepository final
{
public:
    CollectionRepository(Database& database, const Clock& clock);

    // Non-deleted collections of a deal, by expected date.
    QList<Collection> forDeal(const QString& dealId) const;
    // Inserts (id filled when empty) or, for an existing id, updates and revives.
    Collection save(Collection collection);
    // Many at once with one prepared statement, in one transaction (demo data).
    QList<Collection> saveAll(QList<Collection> collections);
    void remove(const QString& id);

private:
    Database& m_database;
    const Clock& m_clock;
};
