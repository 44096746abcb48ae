// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/StrategySheet.h"

#include <QUndoCommand>

#include <optional>

class Workspace;

// One edit of a strategy sheet as a before/after pair of whole sheets. No `before`: the
// sheet is created; no `after`: it is removed.
class StrategySheetCommand final : public QUndoCommand
{
public:
    StrategySheetCommand(Workspace& workspace,
                         QString dealId,
                         std::optional<StrategySheet> before,
                         std::optional<StrategySheet> after,
                         const QString& text);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<StrategySheet>& sheet);

    Workspace& m_workspace;
    QString m_dealId;
    std::optional<StrategySheet> m_before;
    std::optional<StrategySheet> m_after;
};
