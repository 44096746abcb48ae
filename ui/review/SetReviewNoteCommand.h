// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ReviewSnapshot.h"

#include <QUndoCommand>

class Workspace;

// Writes the manager's note on a deal in a review; undo puts the previous note (or none) back.
class SetReviewNoteCommand final : public QUndoCommand
{
public:
    SetReviewNoteCommand(Workspace& workspace, ReviewNote after, const QString& dealName);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    ReviewNote m_before;
    ReviewNote m_after;
};
