// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealChangeCommand.h"

#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QDebug>

DealChangeCommand::DealChangeCommand(Workspace& workspace, DealChange change, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_alive(&workspace.events())
    , m_change(std::move(change))
{}

bool DealChangeCommand::workspaceAlive() const
{
    return !m_alive.isNull();
}

void DealChangeCommand::undo()
{
    if (!workspaceAlive()) {
        return;
    }
    try {
        m_workspace.dealService().revert(m_change);
    } catch (const StorageError& error) {
        qWarning() << "undo failed:" << error.message();
        setObsolete(true);
    }
}

void DealChangeCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true; // the edit itself ran before push
        return;
    }
    if (!workspaceAlive()) {
        return;
    }
    try {
        m_workspace.dealService().reapply(m_change);
    } catch (const StorageError& error) {
        qWarning() << "redo failed:" << error.message();
        setObsolete(true);
    }
}
