// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateDealCommand.h"

#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>
#include <QDebug>

CreateDealCommand::CreateDealCommand(Workspace& workspace, DealEdit edit)
    : QUndoCommand(QCoreApplication::translate("CreateDealCommand", "New deal \u201C%1\u201D").arg(edit.created->name))
    , m_workspace(workspace)
    , m_alive(&workspace.events())
    , m_edit(std::move(edit))
{}

std::unique_ptr<CreateDealCommand>
CreateDealCommand::run(Workspace& workspace, const Deal& draft, const DealContactsEdit& contacts)
{
    DealEdit edit = DealEditService(workspace).create(draft, contacts);
    return std::unique_ptr<CreateDealCommand>(new CreateDealCommand(workspace, std::move(edit)));
}

void CreateDealCommand::undo()
{
    if (m_alive.isNull()) {
        return;
    }
    try {
        DealEditService(m_workspace).revert(m_edit);
    } catch (const StorageError& error) {
        qWarning() << "undo failed:" << error.message();
        setObsolete(true);
    }
}

void CreateDealCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    if (m_alive.isNull()) {
        return;
    }
    try {
        DealEditService(m_workspace).reapply(m_edit);
    } catch (const StorageError& error) {
        qWarning() << "redo failed:" << error.message();
        setObsolete(true);
    }
}
