// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportDocument.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

// File → Export report…: which report (kind, period, rep or deal), the format and the page
// size, with the first page previewed as it will be written. Choices are remembered in the
// settings for the next time. Print… sends the same pages to a printer through QPrintDialog.
class ReportExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportDialog)
public:
    explicit ReportExportDialog(Workspace& workspace, QWidget* parent = nullptr);

    // The report as the current choices define it (rebuilt by refreshPreview()).
    const std::optional<ReportDocument>& report() const { return m_report; }
    // Writes the report to `path` in the chosen format; false with a message box on failure.
    bool exportTo(const QString& path);

public slots:
    void refreshPreview();

private:
    void buildForm();
    void restoreChoices();
    void saveChoices() const;
    void updateEnabled();
    void exportReport();
    void printReport();

    Workspace& m_workspace;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_period = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_deal = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_page = nullptr;
    QCheckBox* m_bom = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    std::optional<ReportDocument> m_report;
};
