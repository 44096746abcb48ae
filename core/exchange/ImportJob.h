// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvDocument.h"
#include "DealImport.h"
#include "ImportMapping.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <optional>

// The wizard's import on a worker thread, with its own connection to the workspace (Qt SQL
// connections belong to one thread; the workspace's writer lock is this process's, so the
// second connection may write while the GUI, kept modal, only reads). Move it to a QThread
// and invoke run(); cancel() may be called from any thread and ends the import with nothing
// written: everything is one transaction.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)
public:
    ImportJob(QString workspacePath,
              CsvDocument document,
              ImportMapping mapping,
              std::optional<CsvDocument> history,
              QDateTime now,
              QObject* parent = nullptr);

    void cancel() { m_cancel = true; }

public slots:
    void run();

signals:
    // `planning`: rows of the file read against the workspace; then deals written.
    void progress(bool planning, int done, int total);
    void finished(const ImportReport& report);

private:
    QString m_workspacePath;
    CsvDocument m_document;
    ImportMapping m_mapping;
    std::optional<CsvDocument> m_history;
    QDateTime m_now;
    std::atomic_bool m_cancel = false;
};
