// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

// Text placed at data coordinates of a chart (values on bars, conversion rates between funnel
// stages), kept in place whenever the chart lays out again (resize, export). Qt Charts' own bar
// labels can only print the bar's value; these print any text.
class ChartLabels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartLabels)
public:
    // Owned by the chart; labels are children of the chart item.
    ChartLabels(QChart* chart, QAbstractSeries* series);

    // `alignment` says which side of the anchor the text lies on (AlignCenter: centred on it).
    void add(const QPointF& value,
             const QString& text,
             const QColor& color,
             const QFont& font,
             Qt::Alignment alignment = Qt::AlignCenter,
             const QPointF& offset = {});
    int count() const { return int(m_labels.size()); }
    QString text(int index) const;

private:
    struct Label
    {
        QPointF value;
        Qt::Alignment alignment;
        QPointF offset;
        QGraphicsSimpleTextItem* item;
    };
    void place();

    QChart* m_chart;
    QAbstractSeries* m_series;
    QList<Label> m_labels;
};
