// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QTableWidget;

// Step 3: which column becomes which field, starting from a preset (or the mapping
// remembered for this header) and adjustable column by column.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)
public:
    explicit ImportMappingPage(ImportWizard& wizard);
    ~ImportMappingPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    static QString settingsScope(const QStringList& header);

private:
    void applyPreset();
    void fillTable();
    void readTable();

    ImportWizard& m_wizard;
    QComboBox* m_preset = nullptr;
    QTableWidget* m_columns = nullptr;
    QLabel* m_hint = nullptr;
    bool m_filling = false;
};
