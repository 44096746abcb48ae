// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/DealService.h"

#include <QPointer>
#include <QUndoCommand>

class Workspace;
class WorkspaceEvents;

/**
 * An edit of a deal that already happened (DealService returned its DealChange), kept on the
 * undo stack: undo reverts the deal and retracts the change's history rows, redo puts both
 * back (DealService::revert / reapply). The first redo, done by QUndoStack::push, does
 * nothing: the edit ran before the command was made, so a refused edit never reaches the
 * stack. Failures of undo/redo (the deal was deleted meanwhile) are reported, not thrown.
 */
class DealChangeCommand : public QUndoCommand
{
public:
    DealChangeCommand(Workspace& workspace, DealChange change, const QString& text);

    void undo() override;
    void redo() override;
    const DealChange& change() const { return m_change; }

private:
    bool workspaceAlive() const;

    Workspace& m_workspace;
    // The workspace's event object dies with it: a stack that outlives its workspace
    // then does nothing instead of touching freed memory.
    QPointer<WorkspaceEvents> m_alive;
    DealChange m_change;
    bool m_pushed = false;
};
