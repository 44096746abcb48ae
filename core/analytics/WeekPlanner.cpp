// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekPlanner.h"

#include "BehaviourSummary.h"

#include <QSet>

int WeekPlan::count(PlanFlag flag) const
{
    int n = 0;
    for (const QList<PlannedInteraction>& day : days) {
        for (const PlannedInteraction& planned : day) {
            n += planned.flags.testFlag(flag) ? 1 : 0;
        }
    }
    return n;
}

namespace WeekPlanner {

PlanFlags flagsOf(const Interaction& interaction, const QDateTime& now)
{
    PlanFlags flags;
    const AppointmentState state = interaction.appointmentState;
    if (state == AppointmentState::Cancelled) {
        return flags;
    }
    if (!interaction.hasObjective()) {
        flags |= PlanFlag::NoObjective;
    }
    if (state != AppointmentState::NoShow && interaction.scheduledAt < now &&
        interaction.outcome == InteractionOutcome::NotReviewed) {
        flags |= PlanFlag::PastWithoutReview;
    }
    return flags;
}

WeekPlan build(const Database& database,
               const InteractionRepository& interactions,
               const QString& ownerId,
               const QDate& day,
               const QDateTime& now,
               Qt::DayOfWeek weekStart)
{
    WeekPlan plan;
    plan.weekStart = BehaviourSummary::weekStartOf(day, weekStart);
    plan.dealsWithoutNextStep = BehaviourQuery::dealsWithoutNextStep(database, ownerId, now, now.toLocalTime().date());
    QSet<QString> stuck;
    for (const BehaviourQuery::DealWithoutNextStep& deal : plan.dealsWithoutNextStep) {
        stuck.insert(deal.dealId);
    }
    InteractionFilter filter;
    filter.ownerId = ownerId;
    filter.from = QDateTime(plan.weekStart, QTime(0, 0));
    filter.to = QDateTime(plan.weekStart.addDays(7), QTime(0, 0));
    for (InteractionListing& listing : interactions.list(filter)) {
        const qint64 index = plan.weekStart.daysTo(listing.interaction.scheduledAt.toLocalTime().date());
        if (index < 0 || index > 6) {
            continue;
        }
        PlanFlags flags = flagsOf(listing.interaction, now);
        if (!listing.interaction.dealId.isEmpty() && stuck.contains(listing.interaction.dealId) &&
            listing.interaction.appointmentState != AppointmentState::Cancelled) {
            flags |= PlanFlag::DealWithoutNextStep;
        }
        plan.days[static_cast<std::size_t>(index)].append({std::move(listing), flags});
    }
    return plan;
}

} // namespace WeekPlanner
