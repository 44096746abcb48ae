// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ImportWizard;
struct CsvDocument;
struct ImportReport;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// Step 5: runs the import (one transaction, on a worker thread) with a progress bar and
// Cancel, then shows its report: counts, rows skipped with the reason, warnings, and how to
// revert it.
class ImportResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultPage)
public:
    explicit ImportResultPage(ImportWizard& wizard);
    ~ImportResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

    static QString reportText(const ImportReport& report, const CsvDocument& document);

private:
    void showProgress(bool planning, int done, int total);
    void showReport();

    ImportWizard& m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPlainTextEdit* m_text = nullptr;
};
