// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

struct ChartFigure;
class ChartStyle;
class QChart;
class QPainter;

// Draws charts outside a view: into an image at a chosen resolution, or onto any painter
// (QPdfWriter for PDF, a report page). Charts are laid out at their logical size and drawn as
// vectors, so a 200-dpi PNG or a PDF is sharp at any zoom. Qt Charts needs each chart in a
// scene to lay out; the renderer puts it in a private one for the duration.
namespace ChartRenderer {

inline constexpr int kDefaultDpi = 200;
inline const QSize kDefaultSize(1280, 720); // logical pixels (96 per inch)

// Renders one chart into `target` (in the painter's coordinates) at `logicalSize`.
void render(QChart* chart, QPainter* painter, const QRectF& target, const QSizeF& logicalSize);
// The figure's grid of charts into `target`; returns the height used by the grid.
void renderGrid(ChartFigure& figure, QPainter* painter, const QRectF& target, const QSizeF& logicalSize);
// The whole figure (title, notes, charts) as an image of `logicalSize` at `dpi`.
QImage
toImage(ChartFigure& figure, const ChartStyle& style, const QSize& logicalSize = kDefaultSize, int dpi = kDefaultDpi);
bool savePng(ChartFigure& figure,
             const ChartStyle& style,
             const QString& path,
             const QSize& logicalSize = kDefaultSize,
             int dpi = kDefaultDpi);
// An A4 landscape page: title, notes, charts and, when the figure has one, its table.
bool savePdf(ChartFigure& figure, const ChartStyle& style, const QString& path);

} // namespace ChartRenderer
