// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetReviewNoteCommand.h"

#include "core/review/ReviewService.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

SetReviewNoteCommand::SetReviewNoteCommand(Workspace& workspace, ReviewNote after, const QString& dealName)
    : m_workspace(workspace)
    , m_after(std::move(after))
{
    m_before = workspace.reviews().note(m_after.snapshotId, m_after.dealId).value_or(ReviewNote{});
    m_before.snapshotId = m_after.snapshotId;
    m_before.dealId = m_after.dealId;
    setText(QCoreApplication::translate("SetReviewNoteCommand", "Review note on %1").arg(dealName));
}

void SetReviewNoteCommand::redo()
{
    try {
        m_workspace.reviewService().saveNote(m_after);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
        setObsolete(true);
    }
}

void SetReviewNoteCommand::undo()
{
    try {
        m_workspace.reviewService().saveNote(m_before);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
    }
}
