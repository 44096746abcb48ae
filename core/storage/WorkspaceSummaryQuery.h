// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

class Database;

// What is in a workspace (non-deleted rows only): the data behind `dealbench info`.
struct WorkspaceSummary
{
    struct StageCount
    {
        QString pipeline;
        QString stage;
        qint64 openDeals = 0;
    };

    int schemaVersion = 0;
    qint64 openDeals = 0;
    qint64 wonDeals = 0;
    qint64 lostDeals = 0;
    // currency -> amount in minor units
    QMap<QString, qint64> openAmounts;
    QMap<QString, qint64> wonAmounts;
    QMap<QString, qint64> lostAmounts;
    qint64 accounts = 0;
    qint64 contacts = 0;
    qint64 owners = 0;
    qint64 interactions = 0;
    qint64 dealEvents = 0;
    QList<StageCount> stages; // open stages, in pipeline and stage order
};

namespace WorkspaceSummaryQuery {
WorkspaceSummary run(const Database& database);
// Deals not deleted, all stages: the count shown beside a backup.
qint64 dealCount(const Database& database);
} // namespace WorkspaceSummaryQuery
