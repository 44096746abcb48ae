// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/StorageError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <optional>

// Runs a report, or any other long read such as an import's preview plan, on a worker thread
// and hands the result back in the GUI thread (ARCHITECTURE.md: work over 50 ms on big files
// must not block the window). The work opens
// its own database connection, as Qt SQL connections belong to one thread. Only the result of
// the latest run is delivered; an older one still running when a newer starts is dropped.
class ReportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportRunner)
public:
    explicit ReportRunner(QObject* parent = nullptr);
    ~ReportRunner() override;

    // Tests and screenshots: run in the calling thread instead.
    static void setSynchronous(bool synchronous);
    static bool isSynchronous() { return synchronous(); }

    template <typename Result>
    void run(std::function<Result()> work,
             std::function<void(const Result&)> done,
             std::function<void(const QString&)> failed)
    {
        const int generation = ++m_generation;
        auto deliver = [this, generation, done, failed](std::optional<Result> result, const QString& error) {
            if (generation != m_generation) {
                return;
            }
            if (result) {
                done(*result);
            } else {
                failed(error);
            }
        };
        auto task = [work, deliver, this]() {
            std::optional<Result> result;
            QString error;
            try {
                result = work();
            } catch (const StorageError& e) {
                error = e.message();
            }
            if (QThread::currentThread() == thread()) {
                deliver(std::move(result), error);
            } else {
                QMetaObject::invokeMethod(
                    this,
                    [deliver, result = std::move(result), error]() { deliver(result, error); },
                    Qt::QueuedConnection);
            }
        };
        if (synchronous()) {
            task();
            return;
        }
        startThread(QThread::create(task));
    }

private:
    static bool synchronous();
    void startThread(QThread* thread);

    int m_generation = 0;
    QList<QPointer<QThread>> m_threads;
};
