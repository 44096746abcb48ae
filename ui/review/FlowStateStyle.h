// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/FlowState.h"

#include <QColor>
#include <QPalette>

// The colours of flow states in the funnel table. Each state has a hue; the cell colour is
// that hue blended into the palette's base colour, so it reads on light and dark themes alike
// while the text keeps the palette's own colour.
namespace FlowStateStyle {

QColor hue(FlowState state);
// Background of a cell showing `state`; invalid for Steady (no colour).
QColor background(FlowState state, const QPalette& palette);
// A stronger mark (legend swatches, the state's little bar).
QColor mark(FlowState state, const QPalette& palette);

} // namespace FlowStateStyle
