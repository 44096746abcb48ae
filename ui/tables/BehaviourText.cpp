// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourText.h"

#include "BehaviourTableModel.h"

QString BehaviourText::type(InteractionType type)
{
    switch (type) {
    case InteractionType::Visit:
        return tr("Visit");
    case InteractionType::Call:
        return tr("Call");
    case InteractionType::Video:
        return tr("Video meeting");
    case InteractionType::Demo:
        return tr("Demo");
    case InteractionType::Workshop:
        return tr("Workshop");
    case InteractionType::Email:
        return tr("Email");
    case InteractionType::Event:
        return tr("Event");
    }
    return {};
}

QString BehaviourText::appointment(AppointmentState state)
{
    switch (state) {
    case AppointmentState::Planned:
        return tr("Planned");
    case AppointmentState::Confirmed:
        return tr("Confirmed");
    case AppointmentState::Done:
        return tr("Done");
    case AppointmentState::Cancelled:
        return tr("Cancelled");
    case AppointmentState::NoShow:
        return tr("No-show");
    }
    return {};
}

QString BehaviourText::outcome(InteractionOutcome outcome)
{
    switch (outcome) {
    case InteractionOutcome::NotReviewed:
        return tr("Not reviewed");
    case InteractionOutcome::Yes:
        return tr("Achieved");
    case InteractionOutcome::Partly:
        return tr("Partly");
    case InteractionOutcome::No:
        return tr("Not achieved");
    }
    return {};
}

QString BehaviourText::flags(PlanFlags flags)
{
    QStringList parts;
    if (flags.testFlag(PlanFlag::NoObjective)) {
        parts << tr("No objective");
    }
    if (flags.testFlag(PlanFlag::PastWithoutReview)) {
        parts << tr("Review due");
    }
    if (flags.testFlag(PlanFlag::DealWithoutNextStep)) {
        parts << tr("Deal has no next step");
    }
    return parts.join(QStringLiteral(", "));
}

QString BehaviourText::skill(int index)
{
    switch (index) {
    case 0:
        return tr("Planning");
    case 1:
        return tr("Questioning");
    case 2:
        return tr("Presenting value");
    case 3:
        return tr("Handling objections");
    case 4:
        return tr("Gaining commitment");
    default:
        return {};
    }
}

QString BehaviourText::columnTitle(int column, bool explanation)
{
    using M = BehaviourTableModel;
    switch (column) {
    case M::When:
        return explanation ? tr("Date and time of the interaction") : tr("When");
    case M::Type:
        return tr("Type");
    case M::Rep:
        return tr("Rep");
    case M::Deal:
        return tr("Deal");
    case M::Account:
        return tr("Account");
    case M::Contacts:
        return explanation ? tr("The customer's people who were met") : tr("Contacts");
    case M::Appointment:
        return explanation ? tr("State of the appointment (约访)") : tr("Appointment");
    case M::HowSecured:
        return explanation ? tr("How the meeting was secured") : tr("How secured");
    case M::Objective:
        return explanation ? tr("Action objective (行动目标): the commitment we want from the customer")
                           : tr("Objective");
    case M::MinimumObjective:
        return explanation ? tr("The minimum acceptable objective") : tr("Minimum");
    case M::ConversationLogic:
        return explanation ? tr("Conversation logic (会谈逻辑): opening, questions, what to show")
                           : tr("Conversation logic");
    case M::CustomerNeeds:
        return explanation ? tr("Customer needs (客户需求) discovered or confirmed") : tr("Customer needs");
    case M::Advantages:
        return explanation ? tr("Advantages that moved the customer (打动客户的优势)") : tr("Advantages");
    case M::Outcome:
        return explanation ? tr("Was the action objective achieved?") : tr("Outcome");
    case M::Commitment:
        return explanation ? tr("The commitment obtained") : tr("Commitment");
    case M::NextStep:
        return tr("Next step");
    case M::NextStepDate:
        return tr("Next step date");
    case M::CoachNote:
        return explanation ? tr("The manager's coaching note") : tr("Coaching note");
    case M::RatingPlanning:
    case M::RatingQuestioning:
    case M::RatingValue:
    case M::RatingObjections:
    case M::RatingCommitment:
        return explanation ? tr("Skill rating 1-5: %1").arg(skill(column - M::RatingPlanning))
                           : skill(column - M::RatingPlanning);
    case M::Flags:
        return explanation ? tr("No objective yet, review due after the date, deal without next step") : tr("Flags");
    default:
        return {};
    }
}
