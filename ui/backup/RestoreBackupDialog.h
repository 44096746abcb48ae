// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace/WorkspaceBackup.h"

#include <QDialog>
#include <QList>

#include <optional>

class QPushButton;
class QTableWidget;

// File ▸ Restore from Backup…: the workspace's automatic backups, newest first, with their
// date, why they were taken and how many deals they hold. The user either opens one as a
// copy beside the workspace (nothing is replaced) or replaces the workspace with it.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)
public:
    enum class Choice
    {
        OpenCopy,
        Replace,
    };

    RestoreBackupDialog(const QList<WorkspaceBackup>& backups, const QString& folder, QWidget* parent = nullptr);

    std::optional<WorkspaceBackup> selectedBackup() const;
    Choice choice() const { return m_choice; }

private:
    void finish(Choice choice);

    QList<WorkspaceBackup> m_backups;
    QTableWidget* m_table = nullptr;
    QPushButton* m_openCopy = nullptr;
    QPushButton* m_replace = nullptr;
    Choice m_choice = Choice::OpenCopy;
};
