// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <mutex>

class Database;
class QThread;

// Finishes the PRAGMA quick_check that opening cut short (Database::openCheckBudgetMs):
// a 100k-deal file takes seconds to check, too long to wait for before the board shows.
// Runs on its own thread and read-only connection; destroying it stops the check.
class BackgroundIntegrityCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundIntegrityCheck)
public:
    explicit BackgroundIntegrityCheck(const Database& database, QObject* parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    void start();

signals:
    // Delivered on the thread that owns this object. `problems` empty: the file is sound.
    // Not emitted when the check was stopped or the file could not be read at all.
    void finished(const QStringList& problems);

private:
    void run();

    const Database& m_database;
    QThread* m_thread = nullptr;
    std::mutex m_mutex;
    const Database* m_running = nullptr; // the worker's connection while it checks
    bool m_stopped = false;
};
