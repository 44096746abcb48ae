// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

// Colours derived from the palette, so that custom painting follows light and dark themes.
namespace Colors {

// `base` moved towards `over` by `share` (0 = base, 1 = over), opaque.
QColor mix(const QColor& base, const QColor& over, qreal share);
// Window text faded towards the window background: 1 = full text colour.
QColor mutedText(const QPalette& palette, qreal strength);

} // namespace Colors
