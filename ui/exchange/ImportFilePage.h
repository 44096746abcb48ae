// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ImportWizard;
class QLineEdit;
class QLabel;

// Step 1: the CSV file and, optionally, a Salesforce OpportunityHistory.csv beside it.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)
public:
    explicit ImportFilePage(ImportWizard& wizard);
    ~ImportFilePage() override;

    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportWizard& m_wizard;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_history = nullptr;
    QLabel* m_error = nullptr;
};
