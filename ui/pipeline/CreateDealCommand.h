// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/DealEditService.h"

#include <QPointer>
#include <QUndoCommand>

#include <memory>

class Workspace;
class WorkspaceEvents;

// A new deal, with the contacts picked in the editor, on the undo stack: undo removes it
// (tombstone) and its contacts, redo brings the same rows back (DealEditService).
class CreateDealCommand final : public QUndoCommand
{
public:
    // Creates the deal now (throws StorageError when refused) and returns the command to push.
    static std::unique_ptr<CreateDealCommand>
    run(Workspace& workspace, const Deal& draft, const DealContactsEdit& contacts = {});

    const Deal& deal() const { return *m_edit.created; }
    void undo() override;
    void redo() override;

private:
    CreateDealCommand(Workspace& workspace, DealEdit edit);

    Workspace& m_workspace;
    QPointer<WorkspaceEvents> m_alive;
    DealEdit m_edit;
    bool m_pushed = false;
};
