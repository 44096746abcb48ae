// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRunner.h"

namespace {
bool g_synchronous = false;
}

ReportRunner::ReportRunner(QObject* parent)
    : QObject(parent)
{}

ReportRunner::~ReportRunner()
{
    // The threads post their results to this object: none may outlive it.
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
        }
    }
}

void ReportRunner::setSynchronous(bool synchronous)
{
    g_synchronous = synchronous;
}

bool ReportRunner::synchronous()
{
    return g_synchronous;
}

void ReportRunner::startThread(QThread* thread)
{
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
