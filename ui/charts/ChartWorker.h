// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChartData.h"
#include "core/analytics/ChartFilter.h"
#include "core/analytics/ChartKind.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <memory>

class Database;

// Computes chart data on a worker thread (ARCHITECTURE.md: work that can take > 50 ms on large
// files runs off the GUI thread with its own connection). Lives in its thread and opens its own
// read-only connection there (Qt SQL connections belong to the thread that opened them).
class ChartWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWorker)
public:
    ChartWorker();
    ~ChartWorker() override;

    // In the worker's thread: a read-only connection of its own to `source`'s file.
    void open(const Database& source);
    // Any thread: requests older than this are skipped when their turn comes.
    void supersede(quint64 requestId) { m_latest.store(requestId); }
    // In the worker's thread: computes and emits computed(); skipped when superseded.
    void compute(quint64 requestId, ChartKind kind, const ChartFilter& filter, const QDateTime& now);
    // In the worker's thread: closes the connection (before the thread stops).
    void close();

signals:
    void computed(quint64 requestId, const ChartData& data);

private:
    std::unique_ptr<Database> m_database;
    QString m_openError;
    std::atomic<quint64> m_latest{0};
};
