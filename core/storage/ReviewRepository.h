// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ReviewSnapshot.h"

#include <QList>
#include <QString>

#include <optional>

class Clock;
class Database;

// Review snapshots with their frozen deals and forecasts, review notes and quotas
// (0004_review.sql). Writes run in their own transaction (a savepoint when nested).
class ReviewRepository final
{
public:
    ReviewRepository(Database& database, const Clock& clock);

    // Non-deleted snapshots, newest first.
    QList<ReviewSnapshot> snapshots() const;
    std::optional<ReviewSnapshot> snapshot(const QString& id) const;
    // Stores a snapshot with its deals and forecasts; the id is filled when empty.
    ReviewSnapshot
    insertSnapshot(ReviewSnapshot snapshot, const QList<SnapshotDeal>& deals, const QList<SnapshotForecast>& forecasts);
    void removeSnapshot(const QString& id); // tombstone
    QList<SnapshotDeal> snapshotDeals(const QString& snapshotId) const;
    QList<SnapshotForecast> snapshotForecasts(const QString& snapshotId) const;

    QList<ReviewNote> notes(const QString& snapshotId) const;
    std::optional<ReviewNote> note(const QString& snapshotId, const QString& dealId) const;
    // Creates, changes or (for an empty note) tombstones the note of a deal in a snapshot.
    void saveNote(const ReviewNote& note);

    // Non-deleted quotas of one period kind starting on `periodStart`.
    QList<Quota> quotas(const QString& periodKind, const QDate& periodStart) const;
    // Every non-deleted quota (for the quota editor and month/quarter fallbacks).
    QList<Quota> allQuotas() const;
    // Sets or (with no amount) removes a rep's quota for a period.
    void setQuota(const QString& ownerId,
                  const QString& periodKind,
                  const QDate& periodStart,
                  const std::optional<Money>& amount);

private:
    Database& m_database;
    const Clock& m_clock;
};
