// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/BehaviourQuery.h"
#include "core/storage/InteractionRepository.h"

#include <QFlags>

#include <array>

class Database;

// The rep's week (DOMAIN.md §2 "my visits this week, which have no objective yet").
enum class PlanFlag
{
    NoObjective = 0x1,         // not cancelled and no action objective stated
    PastWithoutReview = 0x2,   // its time has passed, it was not cancelled or a no-show, no outcome given
    DealWithoutNextStep = 0x4, // its deal is open and nobody has a next step planned for it
};
Q_DECLARE_FLAGS(PlanFlags, PlanFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(PlanFlags)

struct PlannedInteraction
{
    InteractionListing listing;
    PlanFlags flags;
};

struct WeekPlan
{
    QDate weekStart;
    std::array<QList<PlannedInteraction>, 7> days; // from weekStart on, each in time order
    QList<BehaviourQuery::DealWithoutNextStep> dealsWithoutNextStep;

    int count(PlanFlag flag) const;
};

namespace WeekPlanner {

// The flags an interaction carries by itself (all but DealWithoutNextStep).
PlanFlags flagsOf(const Interaction& interaction, const QDateTime& now);
// The week holding `day` for one owner (all owners when empty).
WeekPlan build(const Database& database,
               const InteractionRepository& interactions,
               const QString& ownerId,
               const QDate& day,
               const QDateTime& now,
               Qt::DayOfWeek weekStart = Qt::Monday);

} // namespace WeekPlanner
