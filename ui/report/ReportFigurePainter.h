// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QLocale>
#include <QRectF>
#include <QSizeF>

struct ReportFigure;
class QPainter;

// Draws a report's figure with the same code the screens use: charts through the Charts
// area's builders and renderer, the buying centre through the strategy sheet's map. Always
// in the light print style, whatever the screen shows.
namespace ReportFigurePainter {

// The size the figure is laid out at (logical pixels, 96 per inch) for a given width.
QSizeF logicalSize(const ReportFigure& figure, qreal width);
// Into `target` on any painter (PDF, printer, preview): vector output.
void paint(const ReportFigure& figure, QPainter* painter, const QRectF& target, const QLocale& locale);
// As an image `width` logical pixels wide at `dpi` (HTML embeds it).
QImage toImage(const ReportFigure& figure, qreal width, int dpi, const QLocale& locale);

} // namespace ReportFigurePainter
