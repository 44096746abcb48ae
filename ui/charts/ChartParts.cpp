// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartParts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ChartParts {

std::unique_ptr<QChart> chart(const ChartStyle& style, const QString& title)
{
    auto result = std::make_unique<QChart>();
    style.apply(result.get(), title);
    return result;
}

QBarCategoryAxis*
categories(QChart* chart, const QStringList& labels, Qt::Alignment side, const ChartStyle& style, const QString& title)
{
    auto* axis = new QBarCategoryAxis(chart);
    axis->append(labels);
    axis->setTitleText(title);
    chart->addAxis(axis, side);
    style.apply(axis);
    axis->setGridLineVisible(false);
    return axis;
}

double niceMax(double value)
{
    if (!(value > 0) || !std::isfinite(value)) {
        return 1.0;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (value <= step * magnitude * (1 + 1e-9)) {
            return step * magnitude;
        }
    }
    return 10.0 * magnitude;
}

int niceTicks(double max)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    const double lead = max / magnitude;
    // Intervals that land on round numbers for each leading value niceMax() produces.
    if (std::abs(lead - 1.2) < 1e-6 || std::abs(lead - 6.0) < 1e-6) {
        return 7;
    }
    if (std::abs(lead - 1.5) < 1e-6 || std::abs(lead - 3.0) < 1e-6) {
        return 4;
    }
    if (std::abs(lead - 4.0) < 1e-6 || std::abs(lead - 8.0) < 1e-6) {
        return 5;
    }
    return 6; // 1, 2, 2.5, 5, 10 → fifths
}

QValueAxis* values(QChart* chart,
                   double min,
                   double max,
                   Qt::Alignment side,
                   const ChartStyle& style,
                   const QString& title,
                   int decimals)
{
    auto* axis = new QValueAxis(chart);
    const double top = niceMax(std::max(max, min + 1e-9) - std::min(min, 0.0)) + std::min(min, 0.0);
    axis->setRange(min, top);
    // Small multiples have room for three labels: nought, half and the top.
    axis->setTickCount(style.isCompact() ? 3 : niceTicks(top - min));
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    axis->setTitleText(title);
    chart->addAxis(axis, side);
    style.apply(axis);
    return axis;
}

QCategoryAxis*
positions(QChart* chart, const QStringList& labels, Qt::Alignment side, const ChartStyle& style, int maxLabels)
{
    auto* axis = new QCategoryAxis(chart);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int count = int(labels.size());
    const int step = std::max(1, (count + maxLabels - 1) / std::max(1, maxLabels));
    for (int i = 0; i < count; ++i) {
        // Keep the last label (the present); thin from the start.
        if ((count - 1 - i) % step == 0) {
            axis->append(labels.at(i), i);
        }
    }
    axis->setRange(count > 1 ? -0.3 : -0.5, count > 1 ? count - 0.7 : 0.5);
    chart->addAxis(axis, side);
    style.apply(axis);
    axis->setGridLineVisible(false);
    return axis;
}

QBarSet* barSet(const QString& label, const QColor& color)
{
    auto* set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

QLineSeries* line(QChart* chart, const QString& name, const QColor& color, Qt::PenStyle penStyle, qreal width)
{
    auto* series = new QLineSeries(chart);
    series->setName(name);
    QPen pen(color, width, penStyle);
    pen.setCapStyle(Qt::FlatCap);
    series->setPen(pen);
    return series;
}

void attach(QChart* chart, QAbstractSeries* series)
{
    chart->addSeries(series);
    for (QAbstractAxis* axis : chart->axes()) {
        series->attachAxis(axis);
    }
}

} // namespace ChartParts
