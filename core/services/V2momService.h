// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/FiscalYear.h"
#include "core/domain/V2mom.h"
#include "core/domain/V2momSnapshot.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtGlobal>

class Workspace;

/**
 * Edits of V2MOM goal sheets (DOMAIN.md §6). A sheet is saved as a whole document: undo
 * commands keep the sheet before and after and save one or the other. Each call is one
 * transaction, validates first (StorageError InvalidInput, nothing written) and emits
 * WorkspaceEvents::goalsChanged with the sheet's id after the commit.
 */
class V2momService final
{
    Q_DISABLE_COPY_MOVE(V2momService)
public:
    explicit V2momService(Workspace& workspace);

    // A new, empty sheet. Refused when the owner has a sheet for that fiscal year already.
    // `sheetId` lets a redo recreate the same sheet (reviving its rows).
    V2momSheet create(const QString& ownerId, const FiscalYear& fiscalYear, const QString& sheetId = {});
    // Stores the sheet (also revives a removed one with the same id); returns it as stored.
    V2momSheet save(const V2momSheet& sheet);
    // Removes a sheet; returns it as it was, for an undo. Methods of other sheets linked to
    // its methods keep their links and show them as removed.
    V2momSheet remove(const QString& sheetId);

    // Freezes the sheet as it is now, with each measure's value computed for today in `zone`.
    V2momSnapshot
    takeSnapshot(const QString& sheetId, const QString& title, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // Stores a snapshot as given (redo of a snapshot that was undone).
    V2momSnapshot restoreSnapshot(const V2momSnapshot& snapshot);
    // Removes a snapshot; returns it as it was.
    V2momSnapshot removeSnapshot(const QString& snapshotId);

    // Why `sheet` cannot be stored, or an empty string when it can.
    static QString validate(const V2momSheet& sheet);

private:
    Workspace& m_workspace;
};
