// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddInteractionCommand.h"

#include "core/services/InteractionService.h"
#include "core/storage/StorageError.h"
#include "core/util/Ids.h"
#include "core/workspace/Workspace.h"

AddInteractionCommand::AddInteractionCommand(Workspace& workspace, Interaction draft, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_interaction(std::move(draft))
{
    if (m_interaction.id.isEmpty()) {
        m_interaction.id = Ids::newId();
    }
}

void AddInteractionCommand::redo()
{
    try {
        if (m_created) {
            m_workspace.interactionService().restore(m_interaction);
        } else {
            m_interaction = m_workspace.interactionService().create(m_interaction);
            m_created = true;
        }
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
        setObsolete(true);
    }
}

void AddInteractionCommand::undo()
{
    try {
        m_workspace.interactionService().remove(m_interaction.id);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
    }
}
