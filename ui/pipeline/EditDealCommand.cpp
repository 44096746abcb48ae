// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditDealCommand.h"

#include "core/storage/DealRepository.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

EditDealCommand::EditDealCommand(Workspace& workspace, DealChange change, const QString& text)
    : DealChangeCommand(workspace, std::move(change), text)
{}

std::unique_ptr<EditDealCommand> EditDealCommand::run(Workspace& workspace, const Deal& deal)
{
    const std::optional<Deal> stored = workspace.deals().deal(deal.id);
    if (stored) {
        Deal same = deal;
        same.createdAt = stored->createdAt;
        same.updatedAt = stored->updatedAt;
        if (same == *stored) {
            return nullptr; // OK without a change: nothing to store or undo
        }
    }
    DealChange change = workspace.dealService().update(deal);
    const QString text = QCoreApplication::translate("EditDealCommand", "Edit \u201C%1\u201D").arg(change.after.name);
    return std::unique_ptr<EditDealCommand>(new EditDealCommand(workspace, std::move(change), text));
}
