// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DealChangeCommand.h"

// A move of a deal to another stage (drag, Ctrl+Left/Right, Won, Lost) on the undo stack.
class MoveDealCommand final : public DealChangeCommand
{
public:
    // Moves the deal now (throws StorageError when refused, e.g. Lost without a reason) and
    // returns the command to push.
    static std::unique_ptr<MoveDealCommand>
    run(Workspace& workspace, const QString& dealId, const QString& stageId, const MoveDetails& details = {});

private:
    MoveDealCommand(Workspace& workspace, DealChange change, const QString& text);
};
