// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CsvDocument.h"
#include "core/exchange/DealImport.h"
#include "core/exchange/ImportMapping.h"
#include "core/exchange/ImportPlan.h"

#include <QWizard>

#include <optional>

class Workspace;

// File ▸ Import CSV…: file → encoding, delimiter and header → column mapping with a preset
// → preview of the first 100 rows with per-cell checks and unknown stages → import and its
// report. Nothing is written before the last page; the import is one transaction.
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
    // Writes the plan; fills state().report.
    void runImport();

private:
    Workspace& m_workspace;
    State m_state;
};
