// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundIntegrityCheck.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QThread>

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        if (m_running) {
            m_running->interrupt();
        }
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundIntegrityCheck::start()
{
    if (m_thread) {
        return;
    }
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("integrity-check"));
    m_thread->start(QThread::LowPriority);
}

void BackgroundIntegrityCheck::run()
{
    QStringList problems;
    bool finishedCheck = false;
    try {
        // A connection belongs to the thread that made it: this one lives and dies here.
        auto connection = m_database.openAnotherConnection(Database::Access::ReadOnly);
        {
            std::lock_guard lock(m_mutex);
            if (m_stopped) {
                return;
            }
            m_running = connection.get();
        }
        problems = connection->integrityProblems(0, &finishedCheck);
        std::lock_guard lock(m_mutex);
        m_running = nullptr;
        finishedCheck = finishedCheck && !m_stopped;
    } catch (const StorageError&) {
        return; // the file vanished or cannot be opened again: opening it already said so
    }
    if (finishedCheck) {
        QMetaObject::invokeMethod(
            this, [this, problems] { emit finished(problems); }, Qt::QueuedConnection);
    }
}
