// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

class Database;

// The store side of the behaviour-table aggregates (DOMAIN.md §2); the rules that turn
// them into rates and flags are in core/analytics.
namespace BehaviourQuery {

// Counts of one rep's interactions in one week of a window (cancelled ones left out).
struct WeekCounts
{
    QString ownerId; // empty: interactions without an owner
    int week = 0;    // index into the window, 0 = oldest
    qint64 interactions = 0;
    qint64 withObjective = 0;
    qint64 reviewed = 0; // outcome given: yes, partly or no
    qint64 achieved = 0; // outcome yes
    qint64 partly = 0;
    // Skill ratings in SkillRatings order: sum and number of interactions rated.
    std::array<qint64, 5> ratingSums{};
    std::array<qint64, 5> ratingCounts{};
};

// Per rep and week over the weeks [bounds[k], bounds[k+1]) (UTC instants, ascending;
// bounds.size() - 1 weeks). Only one rep's rows when `ownerId` is set.
QList<WeekCounts> weekly(const Database& database, const QList<QDateTime>& bounds, const QString& ownerId = {});
// The rows weekly() reads and counts, with ?1 (from) and ?2 (to) placeholders, ?3 for the owner.
const char* weeklyRowsSql(bool oneOwner);
// The same counts as one SQL aggregate, with :b0 ... :bN placeholders: what weekly() ran
// before, kept for the benchmark's sqlite3 comparison.
QString weeklySql(int weeks, bool oneOwner);

struct DealWithoutNextStep
{
    QString dealId;
    QString dealName;
    QString accountName;
    QString ownerId;
    QDateTime lastInteraction; // invalid: never met
};

// Open deals (of one owner when set) with no planned or confirmed interaction at or after
// `now` and no next-step date on or after `today`: the deals nobody has a next step for.
QList<DealWithoutNextStep>
dealsWithoutNextStep(const Database& database, const QString& ownerId, const QDateTime& now, const QDate& today);

} // namespace BehaviourQuery
