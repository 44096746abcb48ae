// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategySheetCommand.h"

#include "core/services/StrategySheetService.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

StrategySheetCommand::StrategySheetCommand(Workspace& workspace,
                                           QString dealId,
                                           std::optional<StrategySheet> before,
                                           std::optional<StrategySheet> after,
                                           const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_dealId(std::move(dealId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void StrategySheetCommand::apply(const std::optional<StrategySheet>& sheet)
{
    if (sheet) {
        m_workspace.strategySheetService().save(*sheet);
    } else {
        m_workspace.strategySheetService().remove(m_dealId);
    }
}

void StrategySheetCommand::redo()
{
    try {
        apply(m_after);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
        setObsolete(true);
    }
}

void StrategySheetCommand::undo()
{
    try {
        apply(m_before);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
    }
}
