// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DealTimeline.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class Database;

// Money closed in a span, per owner and currency (summed in SQL: one currency per row).
struct ClosedTotal
{
    QString ownerId;
    QString currency;
    qint64 amountMinor = 0;
    int deals = 0;
};

// Deals won and lost in a span per owner, for historical win rates.
struct ClosedCounts
{
    int won = 0;
    int lost = 0;
};

// An open deal with no history event from some moment on, created before it: its state
// did not change since (DealHistoryQuery::changes).
struct QuietDeal
{
    QString pipelineId;
    QString ownerId;
    QString stageId;
    Money amount;
};

// The deals of DealHistoryQuery::timelines, the quiet ones apart.
struct DealHistory
{
    QList<DealTimeline> timelines; // the deals that changed, in the order of timelines()
    QList<QuietDeal> quiet;
};

// The reads behind the funnel table, the weekly review and the forecast. Non-deleted rows
// only; retracted (deleted) events are ignored. Read-only: safe on a read-only workspace and
// on a worker's own connection.
namespace DealHistoryQuery {

// Every deal that may have been open at some moment from `from` on: open now, or with a
// history event at or after `from`; created before `createdBefore`. Each comes with its
// events from `from` on (DealTimeline).
QList<DealTimeline> timelines(const Database& database, const QDateTime& from, const QDateTime& createdBefore);
// The same deals, less the open ones created before `from` with no event from `from` on:
// those are in `quiet`, read from the same index without their names and history.
DealHistory changes(const Database& database, const QDateTime& from, const QDateTime& createdBefore);
// The latest interaction in [from, to] of each deal of `dealIds` that has one, taken place or
// planned (cancelled and no-show appointments are not contact with the customer).
QHash<QString, QDateTime>
lastInteractions(const Database& database, const QDateTime& from, const QDateTime& to, const QStringList& dealIds);
// How often each deal of `dealIds` had its close date pushed later over its whole life, in the
// order of `dealIds`, 0 for a deal without a slip: the funnel table asks about tens of thousands
// of deals, and a hash of their ids as new strings cost more than the count.
QList<int> closeDateSlipCounts(const Database& database, const QStringList& dealIds);
// For deals whose stage entry lies before the loaded history: the last stage (or created)
// event before `before`.
QHash<QString, QDateTime>
stageEnteredBefore(const Database& database, const QStringList& dealIds, const QDateTime& before);
// Deals among `dealIds` whose strategy sheet names a champion: a stakeholder in the
// coach-champion role or with a champion attitude (the rule of Stakeholder::isChampion()).
QSet<QString> dealsWithChampion(const Database& database, const QStringList& dealIds);
// Deals won in [from, to) that are still won, by current owner and currency.
QList<ClosedTotal> wonTotals(const Database& database, const QDateTime& from, const QDateTime& to);
// Deals won and lost in [from, to) that are still closed, per current owner.
QHash<QString, ClosedCounts> closedCounts(const Database& database, const QDateTime& from, const QDateTime& to);

} // namespace DealHistoryQuery
