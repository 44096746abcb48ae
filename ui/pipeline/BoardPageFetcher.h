// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BoardFilter.h"
#include "core/domain/Pipeline.h"
#include "core/storage/PipelineBoardQuery.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class Database;

/**
 * Reads the next page of a board column on a worker thread with its own read-only
 * connection, so scrolling a long column never waits for SQL on the GUI thread: a page of
 * 40 cards costs a few milliseconds of subqueries, which made the frames that fetched the
 * slowest ones. Answers come back on the GUI thread in the order asked.
 */
class BoardPageFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardPageFetcher)
public:
    // `ok` false: the read failed and `page` is empty.
    using Done = std::function<void(bool ok, const QList<DealCard>& page)>;

    // The worker opens its connection to `source`'s file as its first job: the caller does
    // not wait for it. `source` must outlive this object.
    explicit BoardPageFetcher(const Database& source, QObject* parent = nullptr);
    // Waits for a read under way; answers not delivered yet are dropped.
    ~BoardPageFetcher() override;

    // Up to `limit` cards of the stage after `after`, as PipelineBoardQuery::cards() reads
    // them at `now`; `done` runs on this object's thread.
    void request(const Pipeline& pipeline,
                 const QString& stageId,
                 const BoardFilter& filter,
                 const DealCard& after,
                 int limit,
                 const QDateTime& now,
                 int fiscalYearStartMonth,
                 Done done);

private:
    void deliver(quint64 requestId, bool ok, const QList<DealCard>& page);

    QThread m_thread;
    QObject* m_context;                   // lives in m_thread: the worker side's event target
    std::unique_ptr<Database> m_database; // used in m_thread only
    quint64 m_next = 0;
    QHash<quint64, Done> m_waiting;
};
