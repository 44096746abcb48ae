// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartRenderer.h"

#include "ChartFigure.h"
#include "ChartStyle.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace {
constexpr qreal kLogicalDpi = 96.0;
constexpr qreal kGap = 12.0;

// Title and notes above the charts; returns their height.
qreal drawHeading(QPainter* painter, const ChartFigure& figure, const ChartStyle& style, const QRectF& area)
{
    qreal y = area.top();
    if (!figure.title.isEmpty()) {
        painter->setFont(style.font(1.5, true));
        painter->setPen(style.text());
        const QRectF box = painter->boundingRect(
            QRectF(area.left(), y, area.width(), area.height()), Qt::AlignLeft | Qt::TextWordWrap, figure.title);
        painter->drawText(box, Qt::AlignLeft | Qt::TextWordWrap, figure.title);
        y = box.bottom() + 4;
    }
    if (!figure.notes.isEmpty()) {
        painter->setFont(style.font(0.95));
        painter->setPen(style.mutedText());
        const QRectF box = painter->boundingRect(
            QRectF(area.left(), y, area.width(), area.height()), Qt::AlignLeft | Qt::TextWordWrap, figure.notes);
        painter->drawText(box, Qt::AlignLeft | Qt::TextWordWrap, figure.notes);
        y = box.bottom() + 4;
    }
    return y - area.top();
}

void drawTable(QPainter* painter, const ChartFigure& figure, const ChartStyle& style, const QRectF& area)
{
    painter->setFont(style.font(0.9));
    const QFontMetricsF metrics(painter->font());
    const int columns = int(figure.tableHeader.size());
    if (columns == 0) {
        return;
    }
    // The first column (names) takes what is left after the figures.
    QList<qreal> widths(columns, 0);
    auto measure = [&](const QStringList& row) {
        for (int c = 0; c < columns && c < row.size(); ++c) {
            widths[c] = std::max(widths[c], metrics.horizontalAdvance(row.at(c)) + 12);
        }
    };
    measure(figure.tableHeader);
    for (const QStringList& row : figure.tableRows) {
        measure(row);
    }
    qreal total = 0;
    for (qreal w : widths) {
        total += w;
    }
    const qreal factor = total > area.width() ? area.width() / total : 1.0;
    const qreal rowHeight = metrics.height() * 1.5;
    qreal y = area.top();
    auto drawRow = [&](const QStringList& row, bool header) {
        qreal x = area.left();
        painter->setPen(style.text());
        painter->setFont(style.font(0.9, header));
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x, y, widths[c] * factor, rowHeight);
            const Qt::Alignment align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            painter->drawText(cell.adjusted(4, 0, -4, 0), align, row.value(c));
            x += widths[c] * factor;
        }
        painter->setPen(style.grid());
        painter->drawLine(QPointF(area.left(), y + rowHeight), QPointF(area.left() + total * factor, y + rowHeight));
        y += rowHeight;
    };
    drawRow(figure.tableHeader, true);
    for (const QStringList& row : figure.tableRows) {
        if (y + rowHeight > area.bottom()) {
            break;
        }
        drawRow(row, false);
    }
}
} // namespace

namespace ChartRenderer {

void render(QChart* chart, QPainter* painter, const QRectF& target, const QSizeF& logicalSize)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(logicalSize);
    if (QGraphicsLayout* layout = chart->layout()) {
        layout->activate();
    }
    scene.render(painter, target, QRectF(QPointF(0, 0), logicalSize), Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
}

void renderGrid(ChartFigure& figure, QPainter* painter, const QRectF& target, const QSizeF& logicalSize)
{
    const int rows = std::max(1, figure.rows());
    const int columns = std::max(1, figure.columns);
    // The main chart of a spanning figure gets twice a small multiple's height.
    const qreal units = figure.firstSpansRow ? rows + 1 : rows;
    const qreal unit = (logicalSize.height() - kGap * (rows - 1)) / units;
    const qreal scaleX = target.width() / logicalSize.width();
    const qreal scaleY = target.height() / logicalSize.height();
    const qreal cellWidth = (logicalSize.width() - kGap * (columns - 1)) / columns;
    for (int i = 0; i < int(figure.charts.size()); ++i) {
        int row = 0;
        int column = 0;
        int span = 1;
        figure.cell(i, &row, &column, &span);
        const qreal top = figure.firstSpansRow && row > 0 ? (row + 1) * unit + row * kGap : row * (unit + kGap);
        const qreal height = figure.firstSpansRow && row == 0 ? 2 * unit : unit;
        const qreal width = cellWidth * span + kGap * (span - 1);
        const QRectF logical(column * (cellWidth + kGap), top, width, height);
        const QRectF out(target.left() + logical.left() * scaleX,
                         target.top() + logical.top() * scaleY,
                         logical.width() * scaleX,
                         logical.height() * scaleY);
        render(figure.charts.at(std::size_t(i)).get(), painter, out, logical.size());
    }
}

QImage toImage(ChartFigure& figure, const ChartStyle& style, const QSize& logicalSize, int dpi)
{
    const qreal ratio = std::max(1.0, dpi / kLogicalDpi);
    QImage image(QSize(int(std::ceil(logicalSize.width() * ratio)), int(std::ceil(logicalSize.height() * ratio))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(style.background());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QRectF area(16, 12, logicalSize.width() - 32, logicalSize.height() - 24);
    const qreal heading = drawHeading(&painter, figure, style, area);
    const QRectF charts = area.adjusted(0, heading + 4, 0, 0);
    if (figure.isEmpty()) {
        painter.setPen(style.mutedText());
        painter.setFont(style.font(1.2));
        painter.drawText(charts, Qt::AlignCenter | Qt::TextWordWrap, figure.emptyText);
    } else {
        renderGrid(figure, &painter, charts, charts.size());
    }
    painter.end();
    return image;
}

bool savePng(ChartFigure& figure, const ChartStyle& style, const QString& path, const QSize& logicalSize, int dpi)
{
    return toImage(figure, style, logicalSize, dpi).save(path, "PNG");
}

bool savePdf(ChartFigure& figure, const ChartStyle& style, const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(figure.title);
    writer.setCreator(QStringLiteral("Dealbench"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const qreal heading = drawHeading(&painter, figure, style, page);
    const QRectF charts = page.adjusted(0, heading + 20, 0, 0);
    // Lay the charts out at screen size and scale them onto the page: fonts keep their
    // proportion to the plot, as on screen.
    const qreal logicalWidth = 1280.0;
    const QSizeF logical(logicalWidth, logicalWidth * charts.height() / charts.width());
    if (figure.isEmpty()) {
        painter.setPen(style.mutedText());
        painter.drawText(charts, Qt::AlignCenter | Qt::TextWordWrap, figure.emptyText);
    } else {
        renderGrid(figure, &painter, charts, logical);
    }
    if (!figure.tableRows.isEmpty()) {
        writer.newPage();
        drawTable(&painter, figure, style, page);
    }
    return painter.end();
}

} // namespace ChartRenderer
