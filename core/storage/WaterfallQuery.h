// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

class Database;

// A deal at one end of a span. Stage, owner and currency are indices into DealEndsTable::texts:
// tens of thousands of deals share a few dozen ids, and the waterfall asks about each id once.
struct DealEnd
{
    bool exists = false; // false before the deal was created
    qint32 stage = 0;
    qint32 owner = 0;
    qint32 currency = 0;
    qint64 minor = 0;
};

// One deal at both ends of a span [start, end): the states DealTimeline::stateBefore(start) and
// stateBefore(end) give, and what its history says happened in between.
struct DealEnds
{
    DealEnd atStart;
    DealEnd atEnd;
    bool created = false;                     // a created event in the span, or created_at in it without one
    QVarLengthArray<qint32, 3> enteredStages; // entered by the span's created and stage events
};

struct DealEndsTable
{
    QStringList texts{QString()}; // texts[0] is the null string (a NULL owner)
    QList<DealEnds> deals;

    const QString& text(qint32 index) const { return texts.at(index); }
};

// The flow waterfall chart's read: over a quarter nearly every open deal has events, so the
// full timelines of DealHistoryQuery (every event as a DealEvent) cost most of the chart. Here
// each event only updates its deal's state at the two ends. Non-deleted rows only; read-only.
namespace WaterfallQuery {

// The deals of `pipelineId` (their pipeline now) created before `end` that are open now or
// have a history event at or after `start`: the deals DealHistoryQuery::timelines(start, end)
// reads, in no particular order.
DealEndsTable ends(const Database& database, const QString& pipelineId, const QDateTime& start, const QDateTime& end);

} // namespace WaterfallQuery
