// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/DealEditService.h"

#include <QPointer>
#include <QUndoCommand>

#include <memory>

class Workspace;
class WorkspaceEvents;

/**
 * An edit from the deal editor (any fields, the stage included, and the deal's contacts), or
 * a new deal with its contacts, on the undo stack: one step for all of it. It ran before the
 * command was made (DealEditService::save or create), so the first redo, done by
 * QUndoStack::push, does nothing and a refused edit never reaches the stack. Undo of a new
 * deal tombstones it and its contacts; redo brings the same rows back. Failures of undo/redo
 * are reported, not thrown.
 */
class EditDealCommand final : public QUndoCommand
{
public:
    // Stores the edit now (throws StorageError when refused) and returns the command to
    // push; nullptr when nothing changed.
    static std::unique_ptr<EditDealCommand>
    run(Workspace& workspace, const Deal& deal, const DealContactsEdit& contacts = {});
    // Creates the deal now (throws StorageError when refused) and returns the command to push.
    static std::unique_ptr<EditDealCommand>
    create(Workspace& workspace, const Deal& draft, const DealContactsEdit& contacts = {});

    const DealEdit& edit() const { return m_edit; }
    void undo() override;
    void redo() override;

private:
    EditDealCommand(Workspace& workspace, DealEdit edit, const QString& text);

    Workspace& m_workspace;
    // The workspace's event object dies with it: a stack that outlives its workspace
    // then does nothing instead of touching freed memory.
    QPointer<WorkspaceEvents> m_alive;
    DealEdit m_edit;
    bool m_pushed = false;
};
