// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CsvDocument.h"
#include "core/exchange/DealImport.h"
#include "core/exchange/ImportMapping.h"
#include "core/exchange/ImportPlan.h"

#include <QPointer>
#include <QWizard>

#include <optional>

class ImportJob;
class QThread;
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
        ImportReport report;
    };

    ImportWizard(Workspace& workspace, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Workspace& workspace() { return m_workspace; }
    State& state() { return m_state; }
    // Reads the file again with the current options.
    void reload();
    // Plans the import against the workspace (the preview and the last page show it).
    void replan();
    // Starts writing the file on a worker thread; importFinished() follows, with
    // state().report filled. Cancel (or closing the wizard) rolls it all back.
    void startImport();
    void cancelImport();
    bool isImporting() const;

    void reject() override;

signals:
    void importProgress(bool planning, int done, int total);
    void importFinished();

private:
    void jobFinished(const ImportReport& report);
    void stopThread();

    Workspace& m_workspace;
    State m_state;
    QPointer<ImportJob> m_job;
    QThread* m_thread = nullptr;
};
