// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QDateTime>
#include <QString>

class QUndoStack;
class Workspace;

// "Plan a visit" from anywhere (the board card, the deal editor, the behaviour table): one
// undoable command that adds a planned visit.
namespace BehaviourActions {

// A planned visit for the deal (may be empty) on the next working day at 10:00 local time
// after `now`, owned by `ownerId` or else by the deal's owner, at the deal's account.
Interaction draftVisit(Workspace& workspace, const QString& dealId, const QString& ownerId, const QDateTime& now);
// Pushes the draft as an AddInteractionCommand; returns the new interaction's id.
QString planVisit(Workspace& workspace, QUndoStack& undoStack, const QString& dealId, const QString& ownerId = {});

} // namespace BehaviourActions
