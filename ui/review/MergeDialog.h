// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/MergeResult.h"

#include <QDialog>
#include <QPointer>

class Clock;
class MergeIssueModel;
class MergeJob;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;

// File ▸ Import Team Member's File…: chooses reps' files and imports them into the open
// team workspace on a worker thread, with progress and Cancel (a cancelled file is rolled
// back completely), then lists the conflicts and the rows left out.
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)
public:
    MergeDialog(QString targetPath, const Clock& clock, QWidget* parent = nullptr);
    ~MergeDialog() override;

    void addFiles(const QStringList& paths);
    QStringList files() const;
    bool isRunning() const;
    const QList<MergeResult>& results() const { return m_results; }

signals:
    // At least one file was imported: the workspace's rows changed under its models.
    void merged();

public slots:
    void start();
    void cancel();

protected:
    void reject() override;

private:
    void chooseFiles();
    void fileFinished(int index, const MergeResult& result);
    void jobFinished();
    void updateButtons();

    QString m_targetPath;
    const Clock& m_clock;
    QListWidget* m_files = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    MergeIssueModel* m_issues = nullptr;
    QPointer<MergeJob> m_job;
    QPointer<QThread> m_thread;
    QStringList m_running;
    QList<MergeResult> m_results;
};
