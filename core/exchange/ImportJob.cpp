// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportJob.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

ImportJob::ImportJob(QString workspacePath,
                     CsvDocument document,
                     ImportMapping mapping,
                     std::optional<CsvDocument> history,
                     QDateTime now,
                     QObject* parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_document(std::move(document))
    , m_mapping(std::move(mapping))
    , m_history(std::move(history))
    , m_now(std::move(now))
{}

void ImportJob::run()
{
    ImportReport report;
    try {
        // The workspace is open in this process at the current schema: no migration here.
        auto database = Database::openWorkerConnection(m_workspacePath, Database::Access::ReadWrite);
        ImportProgress progress;
        progress.cancel = &m_cancel;
        progress.report = [this](ImportProgress::Phase phase, int done, int total) {
            emit this->progress(phase == ImportProgress::Phase::Planning, done, total);
        };
        const CsvDocument* history = m_history && m_history->ok() ? &*m_history : nullptr;
        report = DealImport::run(*database, m_document, m_mapping, history, m_now, &progress);
    } catch (const StorageError& error) {
        report.error = error.message();
    }
    emit finished(report);
}
