// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ForecastPeriod.h"
#include "core/domain/ReviewSnapshot.h"

#include <QTimeZone>

#include <optional>

class Workspace;

/**
 * The manager's weekly review: snapshots, review notes and quotas. Each call is one
 * transaction; after it commits, WorkspaceEvents::reviewsChanged (snapshots and notes) or
 * quotasChanged is emitted. Must be called in the workspace's thread.
 */
class ReviewService final
{
    Q_DISABLE_COPY_MOVE(ReviewService)
public:
    explicit ReviewService(Workspace& workspace);

    // "Start review": freezes every open deal and the forecast of the `kind` period that
    // contains today, per rep and for the team. With `asOf` in the past, the snapshot is
    // what a review at that moment would have frozen, read from deal history (for reviews
    // backfilled into an imported or demo history).
    ReviewSnapshot startReview(const QString& title,
                               ForecastPeriod::Kind kind = ForecastPeriod::Kind::Quarter,
                               const QTimeZone& zone = QTimeZone::systemTimeZone(),
                               const QDateTime& asOf = {});
    void removeSnapshot(const QString& snapshotId);
    // Stores the note of a deal in a snapshot; an empty note removes it.
    void saveNote(const ReviewNote& note);
    // The quota row set for exactly this rep and period (none: not set).
    std::optional<Money> quota(const QString& ownerId, const ForecastPeriod& period) const;
    // Sets or (without an amount) clears a rep's quota. Amounts must not be negative.
    void setQuota(const QString& ownerId, const ForecastPeriod& period, const std::optional<Money>& amount);

private:
    Workspace& m_workspace;
};
