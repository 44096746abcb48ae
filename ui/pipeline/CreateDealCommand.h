// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Deal.h"

#include <QPointer>
#include <QUndoCommand>

#include <memory>

class Workspace;
class WorkspaceEvents;

// A new deal on the undo stack: undo removes it (tombstone), redo brings the same row back.
class CreateDealCommand final : public QUndoCommand
{
public:
    // Creates the deal now (throws StorageError when refused) and returns the command to push.
    static std::unique_ptr<CreateDealCommand> run(Workspace& workspace, const Deal& draft);

    const Deal& deal() const { return m_deal; }
    void undo() override;
    void redo() override;

private:
    CreateDealCommand(Workspace& workspace, Deal deal);

    Workspace& m_workspace;
    QPointer<WorkspaceEvents> m_alive;
    Deal m_deal;
    bool m_pushed = false;
};
