// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DealChangeCommand.h"

// An edit from the deal editor (any fields, the stage included) on the undo stack.
class EditDealCommand final : public DealChangeCommand
{
public:
    // Stores the deal now (throws StorageError when refused) and returns the command to push;
    // nullptr when nothing changed.
    static std::unique_ptr<EditDealCommand> run(Workspace& workspace, const Deal& deal);

private:
    EditDealCommand(Workspace& workspace, DealChange change, const QString& text);
};
