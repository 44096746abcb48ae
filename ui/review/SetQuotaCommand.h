// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ForecastPeriod.h"
#include "core/domain/Money.h"

#include <QUndoCommand>

#include <optional>

class Workspace;

// Sets (or clears) a rep's quota for a month or quarter; undo puts the previous quota back.
class SetQuotaCommand final : public QUndoCommand
{
public:
    SetQuotaCommand(Workspace& workspace,
                    QString ownerId,
                    const ForecastPeriod& period,
                    std::optional<Money> after,
                    const QString& ownerName);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Money>& quota);

    Workspace& m_workspace;
    QString m_ownerId;
    ForecastPeriod m_period;
    std::optional<Money> m_before;
    std::optional<Money> m_after;
};
