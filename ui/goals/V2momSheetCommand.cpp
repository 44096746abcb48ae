// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momSheetCommand.h"

#include "core/services/V2momService.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

V2momSheetCommand::V2momSheetCommand(Workspace& workspace,
                                     std::optional<V2momSheet> before,
                                     std::optional<V2momSheet> after,
                                     const QString& text,
                                     ErrorHandler onError)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{}

bool V2momSheetCommand::apply(const std::optional<V2momSheet>& sheet, const std::optional<V2momSheet>& other)
{
    try {
        if (sheet) {
            m_workspace.v2momService().save(*sheet);
        } else if (other) {
            m_workspace.v2momService().remove(other->id);
        }
        return true;
    } catch (const StorageError& error) {
        if (m_onError) {
            m_onError(error.message());
        } else {
            qWarning("%s", qPrintable(error.message()));
        }
        return false;
    }
}

void V2momSheetCommand::redo()
{
    if (!apply(m_after, m_before)) {
        setObsolete(true);
    }
}

void V2momSheetCommand::undo()
{
    apply(m_before, m_after);
}
