// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/V2mom.h"
#include "core/domain/V2momSnapshot.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class Clock;
class Database;

// V2MOM sheets with all their rows, and their snapshots, read and written as whole documents.
class V2momRepository final
{
public:
    // A method looked up by id across sheets, removed ones included: what a link from another
    // sheet points to.
    struct MethodRef
    {
        QString id;
        QString sheetId;
        QString title;
        bool removed = false; // the method, or its whole sheet, was removed
    };

    V2momRepository(Database& database, const Clock& clock);

    std::optional<V2momSheet> sheet(const QString& sheetId) const;
    std::optional<V2momSheet> sheetFor(const QString& ownerId, int fiscalYear) const;
    // Every sheet of a fiscal year (all owners), by owner id.
    QList<V2momSheet> sheetsOfYear(int fiscalYear) const;
    // The fiscal years that have at least one sheet, ascending.
    QList<int> fiscalYears() const;
    QHash<QString, MethodRef> methods(const QStringList& methodIds) const;

    // Stores `sheet` (empty ids are filled): writes the header and only the rows that changed,
    // tombstones rows no longer in the lists, revives a removed sheet of the same id. Returns
    // the sheet as stored. Runs in its own transaction (nested: a savepoint).
    V2momSheet save(V2momSheet sheet);
    void remove(const QString& sheetId); // tombstone; its rows stay with it for a revival

    // Snapshots of a sheet, oldest first; a snapshot whose content cannot be read is skipped.
    QList<V2momSnapshot> snapshots(const QString& sheetId) const;
    std::optional<V2momSnapshot> snapshot(const QString& snapshotId) const;
    // Writes the snapshot (its sheet and measure values as JSON); an id that exists as a
    // tombstone is revived with the new content.
    V2momSnapshot insertSnapshot(V2momSnapshot snapshot);
    void removeSnapshot(const QString& snapshotId);

private:
    QList<V2momSheet> load(const QString& where, const QVariantHash& bindings) const;
    QList<V2momSnapshot> loadSnapshots(const QString& where, const QString& id) const;

    Database& m_database;
    const Clock& m_clock;
};
