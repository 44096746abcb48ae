// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChartData.h"

#include <QObject>
#include <QThread>

class ChartWorker;
class Database;

// The GUI side of the chart worker: owns its thread, hands it requests and delivers results
// by queued signal. Only the answer to the latest request is delivered; stale ones are dropped.
class ChartJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartJobs)
public:
    // Opens the worker's own connection to `source`'s file before returning; `source` is not
    // used afterwards.
    explicit ChartJobs(const Database& source, QObject* parent = nullptr);
    ~ChartJobs() override;

    quint64 request(ChartKind kind, const ChartFilter& filter, const QDateTime& now);
    bool isBusy() const { return m_pending != 0; }

signals:
    void ready(const ChartData& data);
    void busyChanged(bool busy);

private:
    void onComputed(quint64 requestId, const ChartData& data);

    QThread m_thread;
    ChartWorker* m_worker;
    quint64 m_next = 0;
    quint64 m_pending = 0; // the request whose answer is awaited; 0: none
};
