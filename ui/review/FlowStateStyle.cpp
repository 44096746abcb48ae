// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowStateStyle.h"

#include "ui/common/Colors.h"

namespace FlowStateStyle {

namespace {
bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}
} // namespace

QColor hue(FlowState state)
{
    switch (state) {
    case FlowState::New:
        return QColor(0x2f, 0x80, 0xed); // blue: inflow
    case FlowState::Advanced:
        return QColor(0x27, 0xae, 0x60); // green
    case FlowState::Regressed:
        return QColor(0xe6, 0x7e, 0x22); // orange
    case FlowState::Stalled:
        return QColor(0xc9, 0xa2, 0x27); // amber
    case FlowState::Lost:
        return QColor(0xd6, 0x30, 0x31); // red: outflow
    case FlowState::Won:
        return QColor(0x16, 0x9c, 0x8c); // teal
    case FlowState::Steady:
        break;
    }
    return QColor(0x95, 0x95, 0x95);
}

QColor background(FlowState state, const QPalette& palette)
{
    if (state == FlowState::Steady) {
        return {};
    }
    // Dark bases need more of the hue to show; light ones less to keep text readable.
    return Colors::mix(palette.color(QPalette::Base), hue(state), isDark(palette) ? 0.38 : 0.22);
}

QColor mark(FlowState state, const QPalette& palette)
{
    return Colors::mix(palette.color(QPalette::Base), hue(state), isDark(palette) ? 0.85 : 0.9);
}

} // namespace FlowStateStyle
