// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Colors.h"

namespace Colors {

QColor mix(const QColor& base, const QColor& over, qreal share)
{
    const auto channel = [share](float from, float to) {
        return float(from * (1 - share) + to * share);
    };
    return QColor::fromRgbF(
        channel(base.redF(), over.redF()), channel(base.greenF(), over.greenF()), channel(base.blueF(), over.blueF()));
}

QColor mutedText(const QPalette& palette, qreal strength)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), strength);
}

} // namespace Colors
