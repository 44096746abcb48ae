// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ImportPlan.h"
#include "core/exchange/ImportProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class Database;

/**
 * Writes an import plan's deals inside ImportStore::apply's transaction: the new deals and
 * their histories in bulk (one prepared statement per table, rows in key order, the
 * secondary indexes rebuilt once when the import is large next to what the file holds),
 * and the updates of deals the workspace has through DealRepository, which derives their
 * events. Every row written is reported to `record` for the batch. Throws StorageError.
 */
class ImportDealWriter final
{
public:
    using Recorder =
        std::function<void(const char* table, const QString& id, const char* action, const QString& before)>;

    // `progress` (optional) hears of every deal written, new ones first, then the updates.
    ImportDealWriter(Database& database,
                     const QDateTime& now,
                     Recorder record,
                     const ImportProgress* progress = nullptr);

    // Whether insertNew() takes the bulk path: the new deals are many and at least as many
    // as the workspace has. The secondary indexes are then built once at the end, and the
    // caller turns row-by-row foreign key checks off before its transaction and checks the
    // references of the whole load once instead (one statement per row, which
    // row checks need, costs more than the rows themselves).
    static bool isBulk(const Database& database, const QList<PlannedDeal>& deals);

    void insertNew(const QList<PlannedDeal>& deals);
    void updateExisting(const QList<PlannedDeal>& deals);

private:
    Database& m_database;
    QDateTime m_now;
    Recorder m_record;
    const ImportProgress* m_progress;
    int m_written = 0;

    void countWritten(qsizetype planned);
};
