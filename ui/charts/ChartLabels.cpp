// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartLabels.h"

#include <QAbstractSeries>
#include <QBrush>
#include <QChart>
#include <QGraphicsSimpleTextItem>

ChartLabels::ChartLabels(QChart* chart, QAbstractSeries* series)
    : QObject(chart)
    , m_chart(chart)
    , m_series(series)
{
    connect(chart, &QChart::plotAreaChanged, this, &ChartLabels::place);
}

void ChartLabels::add(const QPointF& value,
                      const QString& text,
                      const QColor& color,
                      const QFont& font,
                      Qt::Alignment alignment,
                      const QPointF& offset)
{
    auto* item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setBrush(color);
    item->setFont(font);
    item->setZValue(10); // above the series
    m_labels.append(Label{value, alignment, offset, item});
    place();
}

QString ChartLabels::text(int index) const
{
    return m_labels.at(index).item->text();
}

void ChartLabels::place()
{
    const QRectF plot = m_chart->plotArea();
    for (const Label& label : std::as_const(m_labels)) {
        const QPointF anchor = m_chart->mapToPosition(label.value, m_series) + label.offset;
        const QRectF box = label.item->boundingRect();
        qreal x = anchor.x() - box.width() / 2;
        qreal y = anchor.y() - box.height() / 2;
        if (label.alignment & Qt::AlignLeft) {
            x = anchor.x() - box.width();
        } else if (label.alignment & Qt::AlignRight) {
            x = anchor.x();
        }
        if (label.alignment & Qt::AlignTop) {
            y = anchor.y() - box.height();
        } else if (label.alignment & Qt::AlignBottom) {
            y = anchor.y();
        }
        label.item->setPos(x, y);
        // Hidden until the chart has a plot area, and when it would spill out of it.
        label.item->setVisible(plot.isValid() && plot.adjusted(-2, -box.height(), 2, box.height()).contains(anchor));
    }
}
