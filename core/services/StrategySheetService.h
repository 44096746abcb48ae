// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/StrategySheet.h"

#include <QtGlobal>

class Workspace;

/**
 * Edits of strategy sheets (DOMAIN.md §3). A sheet is saved as a whole document: undo
 * commands keep the sheet before and after and save one or the other. Each call is one
 * transaction, validates first (StorageError InvalidInput, nothing written) and emits
 * WorkspaceEvents::strategySheetsChanged with the deal's id after the commit.
 */
class StrategySheetService final
{
    Q_DISABLE_COPY_MOVE(StrategySheetService)
public:
    explicit StrategySheetService(Workspace& workspace);

    // A new, empty sheet for the deal, its objective in the deal's currency. Refused when
    // the deal has one already. `sheetId` lets a redo recreate the same sheet.
    StrategySheet create(const QString& dealId, const QString& sheetId = {});
    // Stores the sheet (also revives a removed one with the same id); returns it as stored.
    StrategySheet save(const StrategySheet& sheet);
    // Removes the deal's sheet; returns it as it was, for an undo.
    StrategySheet remove(const QString& dealId);

    // Why `sheet` cannot be stored, or an empty string when it can.
    static QString validate(const StrategySheet& sheet);

private:
    Workspace& m_workspace;
};
