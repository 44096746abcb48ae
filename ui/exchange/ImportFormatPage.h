// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

// Step 2: encoding, delimiter and header row, detected and shown on the first lines.
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFormatPage)
public:
    explicit ImportFormatPage(ImportWizard& wizard);
    ~ImportFormatPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    void apply();
    void showSample();

    ImportWizard& m_wizard;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QTableWidget* m_sample = nullptr;
    QLabel* m_notes = nullptr;
    bool m_filling = false;
};
