// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/StrategySheet.h"

#include <QList>
#include <QStringList>

#include <optional>

class BulkWriter;
class Clock;
class Database;

// Strategy sheets with all their rows, read and written as whole documents.
class StrategySheetRepository final
{
public:
    StrategySheetRepository(Database& database, const Clock& clock);

    std::optional<StrategySheet> forDeal(const QString& dealId) const;
    // Sheets of the given deals, or of every deal when `dealIds` is empty; by deal id.
    QList<StrategySheet> sheets(const QStringList& dealIds = {}) const;
    // Ids of the non-deleted deals that have a sheet.
    QStringList dealsWithSheets() const;

    // Stores `sheet` (ids are filled when empty): writes the header and only the rows that
    // changed, tombstones rows no longer in the lists, revives a removed sheet of the same
    // id. Returns the sheet as stored. Runs in its own transaction (nested: a savepoint).
    StrategySheet save(StrategySheet sheet);
    // Writes the sheets of a file being generated in one go: each sheet's rows are inserted,
    // or overwritten where they exist, with reused statements and nothing read, compared or
    // tombstoned first (save() does all that for an edit). One transaction.
    void loadGenerated(QList<StrategySheet> sheets);
    // The same rows as loadGenerated() for sheets that are all new, through the bulk load of a
    // file being generated (committed with the load).
    void writeGenerated(BulkWriter& writer, QList<StrategySheet> sheets) const;
    void remove(const QString& sheetId); // tombstone; its rows stay with it for a revival

private:
    std::optional<StrategySheet> storedById(const QString& sheetId) const;

    Database& m_database;
    const Clock& m_clock;
};
