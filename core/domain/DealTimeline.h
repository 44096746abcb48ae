// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DealEvent.h"
#include "ForecastCategory.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// The tracked fields of a deal at one moment of its history.
struct DealState
{
    bool exists = false; // false before the deal was created
    QString stageId;
    Money amount;
    QDate closeDate;
    QString ownerId;
    ForecastCategory forecastCategory = ForecastCategory::Pipeline;

    friend bool operator==(const DealState&, const DealState&) = default;
};

// A deal's current row with its history from `from` on: enough to know its state at any
// moment since `from`. The history is anchored on the row because deal_events store the
// old value of every change (the repository writes the event in the transaction of the
// change) while the "created" event records only the first stage: the first amount, close
// date and owner are known only as the old value of their first change, or from the row
// when they never changed. The value of a field just before `t` is therefore the old value of
// its first event at or after `t`, else the row's value.
struct DealTimeline
{
    QString dealId;
    QString name;
    QString accountId;
    QString accountName;
    QString pipelineId;
    QDateTime createdAt;
    QDateTime stageEnteredAt; // of the current stage, from the row
    DealState current;
    QDateTime from;          // events are complete from this moment on
    QList<DealEvent> events; // non-deleted events at or after `from`, in time order

    // The state just before `t` (every event at or after `t` undone); `t` >= from.
    DealState stateBefore(const QDateTime& t) const;
    // When the stage the deal had just before `t` was entered: the last stage or created
    // event before `t`, else the row's stage_entered_at when no stage event follows `from`.
    // Invalid when the entry lies before `from` and later stage changes hide it.
    QDateTime stageEnteredBefore(const QDateTime& t) const;
    bool createdIn(const QDateTime& start, const QDateTime& end) const;
};
// Made of Qt's implicitly shared types: a growing list of tens of thousands of timelines moves
// them as bytes instead of one by one.
Q_DECLARE_TYPEINFO(DealState, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(DealTimeline, Q_RELOCATABLE_TYPE);
