// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPixmap>
#include <QSize>

/**
 * The antialiased shapes of a deal card, each rasterised once per size, colour and screen
 * scale and then only blitted. Drawing the rounded outlines anew for every card was a third
 * of the time of a board frame (QPaintEngineEx::drawRoundedRect in a profile of
 * scroll_frame); every card of a column has the same face, and chips vary in width only.
 * The pixmaps live in QPixmapCache (bounded, emptied before the application goes); the
 * shapes are found by plain numbers, not by a text key built per card.
 */
namespace CardShapes {

struct Face
{
    QSize size; // the card without its shadow
    QColor fill;
    QColor border;
    qreal borderWidth = 1.0;
    QColor shadow;  // invalid: no shadow (dark theme)
    QColor stalled; // invalid: no warm left edge
};

// The face of a card: shadow 1.5 px below, fill, border and stalled edge, drawn at (0, 0) of
// a pixmap that is the face's size plus 2 px for the shadow.
QPixmap face(const Face& face, qreal devicePixelRatio);
// A filled rounded rectangle (chips, milestone bars) with the given corner radius.
QPixmap roundedRect(const QSize& size, qreal radius, const QColor& fill, qreal devicePixelRatio);
// A filled circle of the given diameter (the owner's initials badge).
QPixmap disc(int diameter, const QColor& fill, qreal devicePixelRatio);

} // namespace CardShapes
