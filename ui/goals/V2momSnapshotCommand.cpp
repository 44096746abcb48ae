// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momSnapshotCommand.h"

#include "core/services/V2momService.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

V2momSnapshotCommand::V2momSnapshotCommand(Workspace& workspace,
                                           bool removing,
                                           const QString& text,
                                           ErrorHandler onError)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_removing(removing)
    , m_onError(std::move(onError))
{}

V2momSnapshotCommand* V2momSnapshotCommand::take(
    Workspace& workspace, const QString& sheetId, const QString& title, const QTimeZone& zone, ErrorHandler onError)
{
    auto* command = new V2momSnapshotCommand(
        workspace, false, QCoreApplication::translate("V2momSnapshotCommand", "Take snapshot"), std::move(onError));
    command->m_sheetId = sheetId;
    command->m_title = title;
    command->m_zone = zone;
    return command;
}

V2momSnapshotCommand*
V2momSnapshotCommand::remove(Workspace& workspace, const V2momSnapshot& snapshot, ErrorHandler onError)
{
    auto* command = new V2momSnapshotCommand(
        workspace, true, QCoreApplication::translate("V2momSnapshotCommand", "Remove snapshot"), std::move(onError));
    command->m_sheetId = snapshot.sheetId;
    command->m_snapshot = snapshot;
    return command;
}

bool V2momSnapshotCommand::put()
{
    try {
        if (m_snapshot) {
            m_workspace.v2momService().restoreSnapshot(*m_snapshot);
        } else {
            m_snapshot = m_workspace.v2momService().takeSnapshot(m_sheetId, m_title, m_zone);
        }
        return true;
    } catch (const StorageError& error) {
        if (m_onError) {
            m_onError(error.message());
        }
        return false;
    }
}

bool V2momSnapshotCommand::drop()
{
    try {
        if (m_snapshot) {
            m_workspace.v2momService().removeSnapshot(m_snapshot->id);
        }
        return true;
    } catch (const StorageError& error) {
        if (m_onError) {
            m_onError(error.message());
        }
        return false;
    }
}

void V2momSnapshotCommand::redo()
{
    if (!(m_removing ? drop() : put())) {
        setObsolete(true);
    }
}

void V2momSnapshotCommand::undo()
{
    m_removing ? put() : drop();
}
