// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Owner.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class ReportRunner;

// File ▸ Send to Manager…: writes a consistent copy of the workspace for the manager's team
// file, the whole workspace or only one rep's deals (TeamFileExport), on a worker thread.
class SendToManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendToManagerDialog)
public:
    SendToManagerDialog(QString workspacePath, const QList<Owner>& owners, QWidget* parent = nullptr);

    // Writes to `path` (asks for one when empty). Returns at once; written() follows.
    void write(const QString& path = {});
    QString writtenPath() const { return m_writtenPath; }

signals:
    void written(bool ok, const QString& message);

private:
    QString m_workspacePath;
    QString m_writtenPath;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_mine = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_send = nullptr;
    ReportRunner* m_runner = nullptr;
};
