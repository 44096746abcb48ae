// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ImportPlan.h"
#include "core/exchange/ImportProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

struct ImportBatchInfo
{
    QString id;
    QString fileName;
    QString preset;
    QDateTime importedAt;
    int rowsRead = 0;
    int dealsCreated = 0;
    int dealsUpdated = 0;
    int rowsSkipped = 0;
    QDateTime revertedAt; // invalid while the import stands
};

struct ImportRevertResult
{
    int rowsReverted = 0;
    int rowsKept = 0; // edited since the import (or still used by such rows): left as they are
};

// The SQL of CSV import: what an import links to, writing a plan as one batch in one
// transaction (all or nothing), the list of batches and their revert.
class ImportStore final
{
public:
    explicit ImportStore(Database& database);

    ImportLookup lookup() const;
    // Writes the plan; `info` gives the file, preset and counts, its id and importedAt are
    // filled. Returns the recorded batch. Throws StorageError (nothing is written then).
    // With `progress`: reports the deals written and stops (rolling everything back, throwing
    // ImportProgress::Cancelled or StorageError) soon after its cancel flag is set.
    ImportBatchInfo
    apply(const ImportPlan& plan, ImportBatchInfo info, const QDateTime& now, const ImportProgress* progress = nullptr);
    QList<ImportBatchInfo> batches() const; // newest first
    // Takes the batch's rows out again (new rows tombstoned, updated rows put back), except
    // rows edited since; one transaction. Throws StorageError.
    ImportRevertResult revert(const QString& batchId, const QDateTime& now);

private:
    Database& m_database;
};
