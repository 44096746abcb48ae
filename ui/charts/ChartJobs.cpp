// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartJobs.h"

#include "ChartWorker.h"

ChartJobs::ChartJobs(const Database& source, QObject* parent)
    : QObject(parent)
    , m_worker(new ChartWorker)
{
    qRegisterMetaType<ChartData>();
    m_thread.setObjectName(QStringLiteral("charts"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &ChartWorker::computed, this, &ChartJobs::onComputed, Qt::QueuedConnection);
    m_thread.start(QThread::LowPriority);
    ChartWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, &source] { worker->open(source); }, Qt::BlockingQueuedConnection);
}

ChartJobs::~ChartJobs()
{
    m_worker->supersede(m_next + 1);
    // Waits for a computation under way; the connection must close in its own thread.
    QMetaObject::invokeMethod(m_worker, &ChartWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 ChartJobs::request(ChartKind kind, const ChartFilter& filter, const QDateTime& now)
{
    const quint64 id = ++m_next;
    m_worker->supersede(id);
    ChartWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, kind, filter, now] { worker->compute(id, kind, filter, now); }, Qt::QueuedConnection);
    const bool wasBusy = isBusy();
    m_pending = id;
    if (!wasBusy) {
        emit busyChanged(true);
    }
    return id;
}

void ChartJobs::onComputed(quint64 requestId, const ChartData& data)
{
    if (requestId != m_pending) {
        return;
    }
    m_pending = 0;
    emit busyChanged(false);
    emit ready(data);
}
