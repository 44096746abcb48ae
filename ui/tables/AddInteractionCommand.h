// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QUndoCommand>

class Workspace;

// Plans a new interaction ("Plan a visit"); undo removes it, redo brings back the same row.
class AddInteractionCommand final : public QUndoCommand
{
public:
    // `draft` gets an id here when it has none; interactionId() tells which.
    AddInteractionCommand(Workspace& workspace, Interaction draft, const QString& text);
    void redo() override;
    void undo() override;
    const QString& interactionId() const { return m_interaction.id; }

private:
    Workspace& m_workspace;
    Interaction m_interaction;
    bool m_created = false;
};
