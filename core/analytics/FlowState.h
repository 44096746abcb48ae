// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How a deal moved through the funnel over a period (DOMAIN.md §4, 销售漏斗表).
enum class FlowState
{
    New,       // 流入: created in the period (or reopened after it was closed)
    Advanced,  // 下流: at a later stage at the end of the period than at its start
    Regressed, // 回溯: at an earlier stage at the end than at the start
    Stalled,   // 停滞: no stage change and no interaction for longer than the stage's rotting threshold
    Lost,      // 流失: closed lost in the period
    Won,       // 赢单: closed won in the period
    Steady,    // 持平: none of the above
};

inline constexpr int kFlowStateCount = 7;

QString flowStateKey(FlowState state);
QString flowStateDisplayName(FlowState state);
// What the state means, for tooltips.
QString flowStateDescription(FlowState state);
