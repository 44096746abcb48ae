// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/Waterfall.h"
#include "core/storage/WaterfallQuery.h"

#include <QList>
#include <QStringList>

class CurrencyConverter;
class StageIndex;

// The flow waterfall chart's figures from each deal's two ends (WaterfallQuery::ends): the
// weekly review's waterfall (WhatChanged::waterfall, the rules in Waterfall.h) without reading
// whole timelines. The two must agree for the same span, deals and reps; TestFlowWaterfall
// holds them together.
namespace FlowWaterfall {

// `ownerIds` empty: the whole team.
Waterfall compute(const DealEndsTable& deals,
                  const StageIndex& stages,
                  const CurrencyConverter& converter,
                  const QStringList& ownerIds);

} // namespace FlowWaterfall
