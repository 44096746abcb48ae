// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvDocument.h"
#include "ImportMapping.h"
#include "ImportPlan.h"
#include "ImportProgress.h"

#include "core/storage/ImportStore.h"

#include <QDateTime>
#include <QString>

#include <optional>

class Database;

struct ImportReport
{
    bool ok = false;
    bool cancelled = false; // the user stopped it: nothing was written
    QString error;          // why the file was refused (nothing was written)
    ImportBatchInfo batch;
    int rowsRead = 0;
    int dealsCreated = 0;
    int dealsUpdated = 0;
    int accountsCreated = 0;
    int ownersCreated = 0;
    int contactsCreated = 0;
    int stagesCreated = 0;
    int accountsLinked = 0;
    int ownersLinked = 0;
    int footerLines = 0;
    QList<ImportRowNote> skipped;
    QList<ImportRowNote> warnings;
    QList<CsvReader::Problem> fileProblems;
};

// A whole CSV import: read the file (and a stage history beside it), map it with a preset or
// a given mapping, plan it against the workspace and write it as one batch. Used by the
// wizard and by `dealbench import`.
namespace DealImport {

struct Request
{
    QString file;
    QString historyFile;                  // Salesforce OpportunityHistory.csv, optional
    QString preset;                       // empty: detected from the header
    std::optional<ImportMapping> mapping; // overrides the preset
    CsvDocument::Options options;
    QString currency; // default currency for amounts without one; empty: the workspace's
};

ImportReport run(Database& database, const Request& request, const QDateTime& now);
// With the file already read (the wizard has it in memory). With `progress`, reports rows
// planned and deals written, and stops with nothing written when its cancel flag is set.
ImportReport run(Database& database,
                 const CsvDocument& file,
                 const ImportMapping& mapping,
                 const CsvDocument* history,
                 const QDateTime& now,
                 const ImportProgress* progress = nullptr);

} // namespace DealImport
