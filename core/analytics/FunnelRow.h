// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlowState.h"

#include "core/domain/ForecastCategory.h"
#include "core/domain/Money.h"

#include <QDate>
#include <QString>

#include <optional>

// One deal of the funnel table (销售漏斗表, DOMAIN.md §4). "Now" is the end of the period, or
// the present moment when the period reaches into the future.
struct FunnelRow
{
    QString dealId;
    QString dealName;
    QString accountName;
    QString pipelineId;
    QString ownerId;        // at the end of the period
    QString ownerAtStartId; // differs when the deal changed hands in the period
    QString stageAtStartId; // empty: the deal did not exist at the start
    QString stageNowId;
    Money amount;
    std::optional<qint64> amountBase; // none: no exchange rate for the currency
    std::optional<qint64> weightedBase;
    int probability = 0;  // of the stage now
    int daysInStage = -1; // -1: unknown
    QDate closeDate;
    QDate closeDateAtStart;
    int slipCount = 0; // how often the close date was pushed later, over the deal's life
    ForecastCategory forecastCategory = ForecastCategory::Pipeline;
    FlowState flowState = FlowState::Steady;
    bool openNow = false;
    bool stalled = false;
    bool reopened = false;
    bool movedBack = false;
    int stageMoves = 0;
};
