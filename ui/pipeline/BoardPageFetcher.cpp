// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardPageFetcher.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"

#include <QDebug>

BoardPageFetcher::BoardPageFetcher(const Database& source, QObject* parent)
    : QObject(parent)
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("board pages"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this, &source] {
            try {
                m_database = source.openAnotherConnection(Database::Access::ReadOnly);
            } catch (const StorageError& error) {
                // Every request then answers "failed", and the GUI thread reads its pages.
                qWarning() << "board pages: no second connection:" << error.message();
            }
        },
        Qt::QueuedConnection);
}

BoardPageFetcher::~BoardPageFetcher()
{
    m_waiting.clear();
    // The connection closes in the thread that opened it.
    QMetaObject::invokeMethod(
        m_context, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void BoardPageFetcher::request(const Pipeline& pipeline,
                               const QString& stageId,
                               const BoardFilter& filter,
                               const DealCard& after,
                               int limit,
                               const QDateTime& now,
                               int fiscalYearStartMonth,
                               Done done)
{
    const quint64 id = ++m_next;
    m_waiting.insert(id, std::move(done));
    QMetaObject::invokeMethod(
        m_context,
        [this, id, pipeline, stageId, filter, after, limit, now, fiscalYearStartMonth] {
            QList<DealCard> page;
            bool ok = false;
            if (m_database) {
                try {
                    // The GUI's time of the request, so a page agrees with the cards before it.
                    const FixedClock clock(now);
                    page = PipelineBoardQuery(*m_database, clock, fiscalYearStartMonth)
                               .cards(pipeline, stageId, filter, &after, limit);
                    ok = true;
                } catch (const StorageError& error) {
                    // The GUI thread reads the page itself when the view gets there.
                    qWarning() << "board pages:" << error.message();
                }
            }
            QMetaObject::invokeMethod(
                this, [this, id, ok, page] { deliver(id, ok, page); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BoardPageFetcher::deliver(quint64 requestId, bool ok, const QList<DealCard>& page)
{
    const Done done = m_waiting.take(requestId);
    if (done) {
        done(ok, page);
    }
}
