// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionService.h"

#include "core/services/InputRules.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>

namespace {
bool ratingValid(const std::optional<int>& rating)
{
    return !rating || (*rating >= 1 && *rating <= 5);
}

void check(const Interaction& interaction)
{
    const QString problem = InteractionService::validate(interaction);
    if (!problem.isEmpty()) {
        throw StorageError(StorageError::Kind::InvalidInput, problem);
    }
}

// The first outcome given stamps the review time; clearing the outcome clears it.
Interaction stamped(Interaction interaction, const Clock& clock)
{
    if (interaction.outcome == InteractionOutcome::NotReviewed) {
        interaction.reviewedAt = {};
    } else if (!interaction.reviewedAt.isValid()) {
        interaction.reviewedAt = clock.nowUtc();
    }
    return interaction;
}
} // namespace

InteractionService::InteractionService(Workspace& workspace)
    : m_workspace(workspace)
{}

QString InteractionService::validate(const Interaction& interaction)
{
    if (!interaction.scheduledAt.isValid()) {
        return QCoreApplication::translate("InteractionService", "An interaction needs a date and time.");
    }
    const SkillRatings& r = interaction.ratings;
    if (!ratingValid(r.planning) || !ratingValid(r.questioning) || !ratingValid(r.presentingValue) ||
        !ratingValid(r.handlingObjections) || !ratingValid(r.gainingCommitment)) {
        return QCoreApplication::translate("InteractionService", "Skill ratings go from 1 to 5.");
    }
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("InteractionService", text);
    };
    const Interaction& i = interaction;
    return InputRules::first({InputRules::checkTime(i.scheduledAt, tr("The date and time")),
                              InputRules::checkDate(i.nextStepDate, tr("The next step's date")),
                              InputRules::checkText(i.howSecured, tr("How the appointment was secured")),
                              InputRules::checkText(i.objectiveBest, tr("The best objective")),
                              InputRules::checkText(i.objectiveMinimum, tr("The minimum objective")),
                              InputRules::checkText(i.conversationLogic, tr("The conversation logic")),
                              InputRules::checkText(i.customerNeeds, tr("The customer's needs")),
                              InputRules::checkText(i.advantages, tr("The advantages")),
                              InputRules::checkText(i.commitment, tr("The commitment")),
                              InputRules::checkText(i.nextStep, tr("The next step")),
                              InputRules::checkText(i.coachNote, tr("The coach's note"))});
}

Interaction InteractionService::existing(const QString& id) const
{
    std::optional<Interaction> found = m_workspace.interactions().interaction(id);
    if (!found) {
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("InteractionService", "The interaction no longer exists."));
    }
    return *found;
}

Interaction InteractionService::create(const Interaction& draft)
{
    check(draft);
    Transaction transaction(m_workspace.database());
    const Interaction stored = m_workspace.interactions().insert(stamped(draft, m_workspace.clock()));
    transaction.commit();
    emit m_workspace.events().interactionsChanged({stored.id});
    return stored;
}

Interaction InteractionService::update(const Interaction& interaction)
{
    check(interaction);
    Transaction transaction(m_workspace.database());
    const Interaction before = existing(interaction.id);
    m_workspace.interactions().update(stamped(interaction, m_workspace.clock()));
    transaction.commit();
    emit m_workspace.events().interactionsChanged({interaction.id});
    return before;
}

Interaction InteractionService::remove(const QString& id)
{
    Transaction transaction(m_workspace.database());
    const Interaction before = existing(id);
    m_workspace.interactions().remove(id);
    transaction.commit();
    emit m_workspace.events().interactionsChanged({id});
    return before;
}

void InteractionService::restore(const Interaction& interaction)
{
    check(interaction);
    Transaction transaction(m_workspace.database());
    m_workspace.interactions().restore(interaction);
    transaction.commit();
    emit m_workspace.events().interactionsChanged({interaction.id});
}
