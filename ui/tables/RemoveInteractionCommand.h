// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QUndoCommand>

class Workspace;

// Removes an interaction (a tombstone); undo puts it back as it was.
class RemoveInteractionCommand final : public QUndoCommand
{
public:
    RemoveInteractionCommand(Workspace& workspace, QString interactionId, const QString& text);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    QString m_id;
    Interaction m_before;
};
