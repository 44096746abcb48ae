// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFigurePainter.h"

#include "core/report/ReportFigure.h"
#include "ui/charts/ChartFigure.h"
#include "ui/charts/ChartFigures.h"
#include "ui/charts/ChartRenderer.h"
#include "ui/charts/ChartStyle.h"
#include "ui/tables/BuyingCentreMap.h"

#include <QPainter>
#include <QPalette>

#include <cmath>

namespace {
constexpr qreal kLogicalDpi = 96.0;
// Charts are laid out at a screen-like width so fonts keep their proportion to the plot.
constexpr qreal kChartLayoutWidth = 960.0;

QPalette printPalette()
{
    QPalette palette;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Base, Qt::white);
        palette.setColor(group, QPalette::Window, Qt::white);
        palette.setColor(group, QPalette::Text, QColor(0x20, 0x20, 0x20));
        palette.setColor(group, QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    }
    return palette;
}

qreal aspect(const ReportFigure& figure)
{
    return figure.kind == ReportFigure::Kind::BuyingCentre ? 0.5 : 0.45;
}

void paintBuyingCentre(const ReportFigure& figure, QPainter* painter, const QRectF& target)
{
    BuyingCentreMap map;
    map.setAttribute(Qt::WA_DontShowOnScreen);
    map.setPalette(printPalette());
    map.setStakeholders(figure.stakeholders);
    const QSize logical(int(kChartLayoutWidth), int(kChartLayoutWidth * aspect(figure)));
    map.resize(logical);
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / logical.width(), target.height() / logical.height());
    map.render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
}
} // namespace

namespace ReportFigurePainter {

QSizeF logicalSize(const ReportFigure& figure, qreal width)
{
    return {width, std::round(width * aspect(figure))};
}

void paint(const ReportFigure& figure, QPainter* painter, const QRectF& target, const QLocale& locale)
{
    if (figure.kind == ReportFigure::Kind::BuyingCentre) {
        paintBuyingCentre(figure, painter, target);
        return;
    }
    const ChartStyle style = ChartStyle::print(locale);
    ChartFigure chart = ChartFigures::build(figure.chart, figure.view, style);
    painter->save();
    painter->fillRect(target, style.background());
    if (chart.isEmpty()) {
        painter->setPen(style.mutedText());
        painter->setFont(style.font());
        painter->drawText(target, Qt::AlignCenter | Qt::TextWordWrap, chart.emptyText);
    } else {
        const QSizeF logical(kChartLayoutWidth, kChartLayoutWidth * target.height() / target.width());
        ChartRenderer::renderGrid(chart, painter, target, logical);
    }
    painter->restore();
}

QImage toImage(const ReportFigure& figure, qreal width, int dpi, const QLocale& locale)
{
    const QSizeF logical = logicalSize(figure, width);
    const qreal ratio = std::max(1.0, dpi / kLogicalDpi);
    QImage image(QSize(int(std::ceil(logical.width() * ratio)), int(std::ceil(logical.height() * ratio))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(ratio, ratio);
    paint(figure, &painter, QRectF(QPointF(0, 0), logical), locale);
    painter.end();
    return image;
}

} // namespace ReportFigurePainter
