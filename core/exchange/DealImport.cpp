// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealImport.h"

#include "ImportPlanner.h"
#include "ImportPresets.h"

#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/WorkspaceBackups.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DealImport", text);
}

ImportReport cancelledReport(const ImportReport& partial)
{
    ImportReport report;
    report.rowsRead = partial.rowsRead;
    report.cancelled = true;
    report.error = QCoreApplication::translate("DealImport", "The import was cancelled; nothing was imported.");
    return report;
}

ImportReport withError(ImportReport report, const QString& error)
{
    report.error = error;
    return report;
}
} // namespace

namespace DealImport {

ImportReport run(Database& database, const Request& request, const QDateTime& now)
{
    ImportReport report;
    const CsvDocument file = CsvDocument::read(request.file, request.options);
    if (!file.ok()) {
        report.error = file.error;
        return report;
    }
    std::optional<CsvDocument> history;
    if (!request.historyFile.isEmpty()) {
        history = CsvDocument::read(request.historyFile);
        if (!history->ok()) {
            report.error = history->error;
            return report;
        }
        if (!ImportPresets::isStageHistory(history->header)) {
            report.error = tr("%1 is not a stage history (OpportunityHistory.csv with OpportunityId, StageName and "
                              "CreatedDate columns).")
                               .arg(QFileInfo(request.historyFile).fileName());
            return report;
        }
    }
    ImportMapping mapping = request.mapping.value_or(ImportPresets::mapping(
        request.preset.isEmpty() ? ImportPresets::detect(file.header) : request.preset, file.header));
    if (!request.currency.isEmpty()) {
        mapping.defaultCurrency = request.currency;
    }
    return run(database, file, mapping, history ? &*history : nullptr, now);
}

ImportReport run(Database& database,
                 const CsvDocument& file,
                 const ImportMapping& mapping,
                 const CsvDocument* history,
                 const QDateTime& now,
                 const ImportProgress* progress)
{
    ImportReport report;
    report.rowsRead = static_cast<int>(file.rows.size());
    report.footerLines = file.footerLines;
    report.fileProblems = file.problems;
    if (!file.ok()) {
        report.error = file.error;
        return report;
    }
    if (mapping.columns.isEmpty()) {
        report.error = tr("No column of the file matches a Dealbench field: choose a preset or map the columns.");
        return report;
    }
    try {
        ImportStore store(database);
        ImportLookup lookup = store.lookup();
        ImportMapping effective = mapping;
        if (effective.defaultCurrency.isEmpty()) {
            effective.defaultCurrency = lookup.baseCurrency;
        }
        const ImportPlan plan = ImportPlanner::plan(file, effective, lookup, now, history, progress);
        report.skipped = plan.skipped;
        report.warnings = plan.warnings;
        const bool somethingToWrite = !plan.deals.isEmpty() || !plan.newAccounts.isEmpty() ||
                                      !plan.newOwners.isEmpty() || !plan.changedAccounts.isEmpty() ||
                                      !plan.changedOwners.isEmpty();
        if (!somethingToWrite) {
            report.error = file.rows.isEmpty() ? tr("The file has no data rows.")
                                               : tr("None of the %1 rows can be imported.").arg(file.rows.size());
            return report;
        }
        for (const PlannedDeal& deal : plan.deals) {
            (deal.isNew ? report.dealsCreated : report.dealsUpdated)++;
        }
        report.accountsCreated = static_cast<int>(plan.newAccounts.size());
        report.ownersCreated = static_cast<int>(plan.newOwners.size());
        report.contactsCreated = static_cast<int>(plan.newContacts.size());
        report.stagesCreated = static_cast<int>(plan.newStages.size());
        report.accountsLinked = plan.linkedAccounts;
        report.ownersLinked = plan.linkedOwners;
        ImportBatchInfo info;
        info.fileName = QFileInfo(file.path).fileName();
        info.preset = mapping.preset;
        info.rowsRead = report.rowsRead;
        info.dealsCreated = report.dealsCreated;
        info.dealsUpdated = report.dealsUpdated;
        info.rowsSkipped = static_cast<int>(plan.skipped.size());
        // A backup first (issue 10): an import touches many rows at once. No backup, no import.
        WorkspaceBackups::beforeRiskyChange(database, FixedClock(now.toUTC()), QStringLiteral("import"));
        report.batch = store.apply(plan, info, now, progress);
        report.ok = true;
    } catch (const ImportProgress::Cancelled&) {
        report = cancelledReport(report);
    } catch (const StorageError& error) {
        // A cancel that SQLite noticed first ends a statement as "interrupted".
        report = progress && progress->cancelled() ? cancelledReport(report) : withError(report, error.message());
    }
    return report;
}

} // namespace DealImport
