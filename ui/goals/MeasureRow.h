// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/MeasureEvaluator.h"
#include "core/analytics/MeasureProgress.h"
#include "core/domain/V2mom.h"

// A row of the measures table: the measure as stored and, read-only beside it, its value and
// its progress against the target and the calendar.
struct MeasureRow
{
    V2momMeasure measure;
    MeasureValue value;
    MeasureProgress progress;

    friend bool operator==(const MeasureRow&, const MeasureRow&) = default;
};
