// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourActions.h"

#include "AddInteractionCommand.h"

#include "core/storage/DealRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace BehaviourActions {

Interaction draftVisit(Workspace& workspace, const QString& dealId, const QString& ownerId, const QDateTime& now)
{
    Interaction draft;
    draft.type = InteractionType::Visit;
    draft.appointmentState = AppointmentState::Planned;
    draft.ownerId = ownerId;
    if (!dealId.isEmpty()) {
        if (const std::optional<Deal> deal = workspace.deals().deal(dealId)) {
            draft.dealId = deal->id;
            draft.accountId = deal->accountId;
            if (draft.ownerId.isEmpty()) {
                draft.ownerId = deal->ownerId;
            }
        }
    }
    QDate day = now.toLocalTime().date().addDays(1);
    while (day.dayOfWeek() > 5) {
        day = day.addDays(1);
    }
    draft.scheduledAt = QDateTime(day, QTime(10, 0)).toUTC();
    return draft;
}

QString planVisit(Workspace& workspace, QUndoStack& undoStack, const QString& dealId, const QString& ownerId)
{
    auto* command = new AddInteractionCommand(workspace,
                                              draftVisit(workspace, dealId, ownerId, workspace.clock().nowUtc()),
                                              QCoreApplication::translate("BehaviourActions", "Plan a visit"));
    const QString id = command->interactionId();
    undoStack.push(command);
    return id;
}

} // namespace BehaviourActions
