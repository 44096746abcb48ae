// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditInteractionCommand.h"

#include "core/services/InteractionService.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

EditInteractionCommand::EditInteractionCommand(Workspace& workspace,
                                               Interaction before,
                                               Interaction after,
                                               const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditInteractionCommand::redo()
{
    try {
        m_workspace.interactionService().update(m_after);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
        setObsolete(true);
    }
}

void EditInteractionCommand::undo()
{
    try {
        m_workspace.interactionService().update(m_before);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
    }
}
