// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Deal.h"

#include <QStringList>

#include <optional>

class Workspace;

// What the user supplies when moving a deal; Lost needs a reason, Won may adjust the
// final amount and close date.
struct MoveDetails
{
    LostReason lostReason = LostReason::None;
    QString lostNote;
    QString competitor;
    std::optional<Money> wonAmount;
    QDate closeDate;
};

// The result of an edit: the deal as stored and the history rows the edit wrote, so an
// undo command can put both back.
struct DealChange
{
    Deal before;
    Deal after;
    QStringList eventIds;
};

/**
 * Edits of deals. Each call is one transaction; it validates first (StorageError of kind
 * InvalidInput, nothing written), writes the deal and its deal_events, commits, then emits
 * WorkspaceEvents::dealsChanged. Must be called in the workspace's thread.
 */
class DealService final
{
    Q_DISABLE_COPY_MOVE(DealService)
public:
    explicit DealService(Workspace& workspace);

    // The rules every saved deal meets (DealValidation against its pipeline); throws
    // StorageError of kind InvalidInput.
    void validate(const Deal& deal) const;
    Deal create(const Deal& draft);
    DealChange update(const Deal& deal);
    // Moves to another stage of the deal's pipeline, setting won/lost fields as needed.
    DealChange move(const QString& dealId, const QString& stageId, const MoveDetails& details = {});
    // Puts a deal back exactly as `before` and retracts the events of the change being undone.
    void revert(const DealChange& change);
    // Redo of a reverted change: the deal becomes `after` again and the change's own events
    // are visible again (same ids and times), so redo gives back the history undo took away.
    void reapply(const DealChange& change);
    // The row work of revert() and reapply(), in a transaction the caller holds and without
    // signals: the deal editor undoes a field edit and its contacts as one.
    void revertRows(const DealChange& change);
    void reapplyRows(const DealChange& change);
    void remove(const QString& dealId);
    // Brings a removed deal back (undo of a removal, redo of a creation).
    void restore(const QString& dealId);

private:
    Workspace& m_workspace;
};
