// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateDealCommand.h"

#include "core/services/DealService.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>
#include <QDebug>

CreateDealCommand::CreateDealCommand(Workspace& workspace, Deal deal)
    : QUndoCommand(QCoreApplication::translate("CreateDealCommand", "New deal \u201C%1\u201D").arg(deal.name))
    , m_workspace(workspace)
    , m_alive(&workspace.events())
    , m_deal(std::move(deal))
{}

std::unique_ptr<CreateDealCommand> CreateDealCommand::run(Workspace& workspace, const Deal& draft)
{
    Deal stored = workspace.dealService().create(draft);
    return std::unique_ptr<CreateDealCommand>(new CreateDealCommand(workspace, std::move(stored)));
}

void CreateDealCommand::undo()
{
    if (m_alive.isNull()) {
        return;
    }
    try {
        m_workspace.dealService().remove(m_deal.id);
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
        m_workspace.dealService().restore(m_deal.id);
    } catch (const StorageError& error) {
        qWarning() << "redo failed:" << error.message();
        setObsolete(true);
    }
}
