// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class Workspace;

// Edit ▸ Import History…: the imports of this workspace, newest first; one can be reverted as
// a whole. Rows edited since the import stay as they are, and the dialog says how many.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryDialog)
public:
    explicit ImportHistoryDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ImportHistoryDialog() override;

private:
    void reload();
    void revertSelected();

    Workspace& m_workspace;
    QTableWidget* m_batches = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_result = nullptr;
};
