// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/WeekPlanner.h"
#include "core/domain/Interaction.h"

#include <QCoreApplication>
#include <QString>

// The words of the behaviour table: labels of types, appointment states, outcomes, flags
// and column titles, shared by the table, the side form, the planner and the tests.
class BehaviourText final
{
    Q_DECLARE_TR_FUNCTIONS(BehaviourText)
public:
    BehaviourText() = delete;

    static QString type(InteractionType type);
    static QString appointment(AppointmentState state);
    static QString outcome(InteractionOutcome outcome);
    static QString flags(PlanFlags flags);
    static QString skill(int index); // SkillRatings order
    // Title of a BehaviourTableModel column, or its explanation for the tooltip.
    static QString columnTitle(int column, bool explanation = false);
};
