// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QProgressBar;
class QTableWidget;

// Step 4: the first 100 rows as they will be imported, each cell checked (unreadable amounts
// and dates, rows left out and why, accounts and owners linked or new), and what to do with
// stage names the pipeline does not have. The plan behind it is made on a worker thread, with
// a progress bar meanwhile; Import is enabled once it is there.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)
public:
    explicit ImportPreviewPage(ImportWizard& wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    static constexpr int kPreviewRows = 100;

private:
    void startPlanning();
    void showProgress(int done, int total);
    void planned();
    void fillStages();
    void refresh();

    ImportWizard& m_wizard;
    QTableWidget* m_rows = nullptr;
    QLabel* m_stagesTitle = nullptr;
    QTableWidget* m_stages = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    bool m_filling = false;
    bool m_stagesFilled = false;
};
