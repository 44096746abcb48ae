// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CsvDocument.h"
#include "core/exchange/DealImport.h"
#include "core/exchange/ImportMapping.h"
#include "core/exchange/ImportPlan.h"

#include <QPointer>
#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

class ImportJob;
class QThread;
class ReportRunner;
class Workspace;

// File ▸ Import CSV…: file → encoding, delimiter and header → column mapping with a preset
// → preview of the first 100 rows with per-cell checks and unknown stages → import and its
// report. Nothing is written before the last page; the import is one transaction, run on a
// worker thread while the last page shows its progress and offers Cancel.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum PageId
    {
        FilePage,
        FormatPage,
        MappingPage,
        PreviewPage,
        ResultPage,
    };

    // What the pages share: the file as read with the chosen options, the mapping, the plan.
    struct State
    {
        QString path;
        QString historyPath;
        CsvDocument::Options options;
        CsvDocument document;
        std::optional<CsvDocument> history;
        ImportMapping mapping;
        ImportLookup lookup;
        ImportPlan plan;
        QString planError; // the workspace could not be read for the preview
        ImportReport report;
    };

    ImportWizard(Workspace& workspace, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Workspace& workspace() { return m_workspace; }
    State& state() { return m_state; }
    // Reads the file again with the current options.
    void reload();
    // Plans the import against the workspace on a worker thread (a 100k-row file takes
    // seconds); planned() follows with state().lookup and state().plan filled. A newer call
    // cancels the run before it.
    void replan();
    bool isPlanning() const { return m_planning; }
    // Starts writing the file on a worker thread; importFinished() follows, with
    // state().report filled. Cancel (or closing the wizard) rolls it all back.
    void startImport();
    void cancelImport();
    bool isImporting() const;

    void reject() override;

signals:
    void planProgress(int done, int total);
    void planned();
    void importProgress(bool planning, int done, int total);
    void importFinished();

private:
    void jobFinished(const ImportReport& report);
    void stopThread();

    Workspace& m_workspace;
    State m_state;
    ReportRunner* m_planRunner = nullptr;
    std::shared_ptr<std::atomic_bool> m_planCancel;
    bool m_planning = false;
    QPointer<ImportJob> m_job;
    QThread* m_thread = nullptr;
};
