// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartWorker.h"

#include "core/analytics/ChartDataLoader.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

ChartWorker::ChartWorker() = default;

ChartWorker::~ChartWorker() = default;

void ChartWorker::open(const Database& source)
{
    try {
        m_database = source.openAnotherConnection(Database::Access::ReadOnly);
    } catch (const StorageError& error) {
        m_openError = error.message();
    }
}

void ChartWorker::compute(quint64 requestId, ChartKind kind, const ChartFilter& filter, const QDateTime& now)
{
    if (requestId < m_latest.load()) {
        return; // the user has asked for something else since
    }
    ChartData data;
    try {
        if (!m_database) {
            throw StorageError(StorageError::Kind::NotADatabase, m_openError);
        }
        data = ChartDataLoader::load(*m_database, kind, filter, now);
    } catch (const StorageError& error) {
        data.kind = kind;
        data.filter = filter;
        data.error = error.message();
    }
    emit computed(requestId, data);
}

void ChartWorker::close()
{
    m_database.reset();
}
