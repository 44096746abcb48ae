// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveInteractionCommand.h"

#include "core/services/InteractionService.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

RemoveInteractionCommand::RemoveInteractionCommand(Workspace& workspace, QString interactionId, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_id(std::move(interactionId))
{}

void RemoveInteractionCommand::redo()
{
    try {
        m_before = m_workspace.interactionService().remove(m_id);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
        setObsolete(true);
    }
}

void RemoveInteractionCommand::undo()
{
    try {
        m_workspace.interactionService().restore(m_before);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
    }
}
