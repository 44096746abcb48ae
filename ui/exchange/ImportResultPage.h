// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ImportWizard;
struct CsvDocument;
struct ImportReport;
class QPlainTextEdit;

// Step 5: runs the import (one transaction) and shows its report: counts, rows skipped with
// the reason, warnings, and how to revert it.
class ImportResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultPage)
public:
    explicit ImportResultPage(ImportWizard& wizard);
    ~ImportResultPage() override;

    void initializePage() override;

    static QString reportText(const ImportReport& report, const CsvDocument& document);

private:
    ImportWizard& m_wizard;
    QPlainTextEdit* m_text = nullptr;
};
