// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QUndoCommand>

class Workspace;

// An edit of one interaction of the behaviour table: stores `after`, undo stores `before`.
class EditInteractionCommand final : public QUndoCommand
{
public:
    EditInteractionCommand(Workspace& workspace, Interaction before, Interaction after, const QString& text);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    Interaction m_before;
    Interaction m_after;
};
