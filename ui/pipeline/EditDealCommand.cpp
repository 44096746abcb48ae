// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditDealCommand.h"

#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>
#include <QDebug>

EditDealCommand::EditDealCommand(Workspace& workspace, DealEdit edit, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_alive(&workspace.events())
    , m_edit(std::move(edit))
{}

std::unique_ptr<EditDealCommand>
EditDealCommand::run(Workspace& workspace, const Deal& deal, const DealContactsEdit& contacts)
{
    DealEdit edit = DealEditService(workspace).save(deal, contacts);
    if (edit.isEmpty()) {
        return nullptr; // OK without a change: nothing to store or undo
    }
    const QString text = QCoreApplication::translate("EditDealCommand", "Edit \u201C%1\u201D").arg(deal.name);
    return std::unique_ptr<EditDealCommand>(new EditDealCommand(workspace, std::move(edit), text));
}

std::unique_ptr<EditDealCommand>
EditDealCommand::create(Workspace& workspace, const Deal& draft, const DealContactsEdit& contacts)
{
    DealEdit edit = DealEditService(workspace).create(draft, contacts);
    const QString text =
        QCoreApplication::translate("CreateDealCommand", "New deal \u201C%1\u201D").arg(edit.created->name);
    return std::unique_ptr<EditDealCommand>(new EditDealCommand(workspace, std::move(edit), text));
}

void EditDealCommand::undo()
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

void EditDealCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true; // the edit itself ran before push
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
