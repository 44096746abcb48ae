// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// A summary row of the funnel table per open stage: the deals in the stage now, and how
// many of the deals that were in it during the period moved on.
struct StageSummaryRow
{
    QString stageId;
    int count = 0;         // open deals in the stage now
    qint64 amountBase = 0; // their amount in base currency (deals without a rate left out)
    qint64 weightedBase = 0;
    std::optional<double> averageDaysInStage;
    // Deals in the stage at some moment of the period (at its start or entering it) and,
    // of those, the ones that left it forward (to a later stage or won) within the period.
    int passedThrough = 0;
    int movedOn = 0;
    std::optional<double> conversion() const
    {
        return passedThrough > 0 ? std::optional<double>(double(movedOn) / passedThrough) : std::nullopt;
    }
};
