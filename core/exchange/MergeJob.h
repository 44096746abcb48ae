// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergeResult.h"

#include <QObject>
#include <QStringList>

#include <atomic>

class Clock;

// Imports team members' files one after another on a worker thread, with its own connection
// to the team file (Qt SQL connections belong to one thread). Move it to a QThread and invoke
// run(); cancel() may be called from any thread and stops the file in progress, which is then
// rolled back completely.
class MergeJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeJob)
public:
    MergeJob(QString targetPath, QStringList sourcePaths, const Clock& clock, QObject* parent = nullptr);

    void cancel() { m_cancel = true; }
    const QStringList& sourcePaths() const { return m_sourcePaths; }

public slots:
    void run();

signals:
    // `share` of the whole job, 0..1.
    void progress(double share, const QString& step);
    void fileFinished(int index, const MergeResult& result);
    void finished();

private:
    QString m_targetPath;
    QStringList m_sourcePaths;
    const Clock& m_clock;
    std::atomic_bool m_cancel = false;
};
