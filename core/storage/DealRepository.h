// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Deal.h"
#include "core/domain/DealEvent.h"

#include <QList>
#include <QStringList>

#include <optional>

class Clock;
class Database;

// Deals and their append-only history. The repository, not its callers, writes
// deal_events: insert() writes a "created" event, update() one event per tracked field
// that changed (stage, amount, currency, close date, owner, forecast category), both in
// the transaction of the change.
class DealRepository final
{
public:
    DealRepository(Database& database, const Clock& clock);

    std::optional<Deal> deal(const QString& id) const;
    QList<Deal> deals(const QStringList& ids) const;
    // Non-deleted deals of a pipeline whose stage is open.
    QList<Deal> openDeals(const QString& pipelineId) const;
    // Number of non-deleted deals, open and closed (status bar, summaries).
    qint64 count() const;

    // Inserts the deal (id, timestamps and stage_entered_at are filled when empty) and
    // its "created" event; returns the stored deal.
    Deal insert(Deal deal);
    // Stores every field of `deal`; returns the ids of the events written. A valid
    // `stageChangedAt` (an import that knows when the deal changed stage) dates the stage
    // event and stage_entered_at; otherwise a stage change happens now.
    QStringList update(const Deal& deal, const QDateTime& stageChangedAt = {});
    void remove(const QString& id); // tombstone
    // Lifts the tombstone of a removed deal (undo of a removal, redo of a creation).
    void restore(const QString& id);

    // Non-deleted events of a deal in time order.
    QList<DealEvent> events(const QString& dealId) const;
    // Tombstones events, e.g. the events of a move that the user undid.
    void retractEvents(const QStringList& eventIds);
    // Lifts the tombstones of retracted events (redo of an undone change).
    void restoreEvents(const QStringList& eventIds);
    // Writes a historical event as given (import of another CRM's history, demo data).
    void appendHistoricalEvent(const DealEvent& event);

private:
    void writeEvent(const DealEvent& event);

    Database& m_database;
    const Clock& m_clock;
};
