// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPixmap>
#include <QSize>
#include <QString>

// Our line icons are drawn in one colour and take the colour of the text around them, so
// they follow the palette (light, dark, selected) instead of being drawn twice.
namespace MonochromeIcon {

QPixmap pixmap(const QString& path, const QSize& size, const QColor& color, qreal devicePixelRatio);

} // namespace MonochromeIcon
