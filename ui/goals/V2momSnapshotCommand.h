// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/V2momSnapshot.h"

#include <QTimeZone>
#include <QUndoCommand>

#include <functional>
#include <optional>

class Workspace;

// Takes a snapshot of a sheet for the mid-year refresh (redo puts the same snapshot back,
// values and time included), or removes one (`remove`).
class V2momSnapshotCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;

    // Takes a new snapshot of `sheetId` on the first redo.
    static V2momSnapshotCommand* take(Workspace& workspace,
                                      const QString& sheetId,
                                      const QString& title,
                                      const QTimeZone& zone,
                                      ErrorHandler onError = {});
    static V2momSnapshotCommand* remove(Workspace& workspace, const V2momSnapshot& snapshot, ErrorHandler onError = {});

    void redo() override;
    void undo() override;
    const std::optional<V2momSnapshot>& snapshot() const { return m_snapshot; }

private:
    V2momSnapshotCommand(Workspace& workspace, bool removing, const QString& text, ErrorHandler onError);
    bool put();
    bool drop();

    Workspace& m_workspace;
    bool m_removing = false;
    QString m_sheetId;
    QString m_title;
    QTimeZone m_zone;
    std::optional<V2momSnapshot> m_snapshot;
    ErrorHandler m_onError;
};
