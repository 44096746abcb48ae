// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <memory>

class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QLineSeries;
class QValueAxis;

// The pieces the chart builders share, styled once.
namespace ChartParts {

std::unique_ptr<QChart> chart(const ChartStyle& style, const QString& title = {});
QBarCategoryAxis* categories(
    QChart* chart, const QStringList& labels, Qt::Alignment side, const ChartStyle& style, const QString& title = {});
// A value axis from `min` to a rounded-up `max` (at least `min + 1` so an all-zero chart has
// a range); `decimals` for the labels.
QValueAxis* values(QChart* chart,
                   double min,
                   double max,
                   Qt::Alignment side,
                   const ChartStyle& style,
                   const QString& title = {},
                   int decimals = 0);
// Labels at chosen positions of an x axis (dates of a time series, thinned so they never
// overlap: at most `maxLabels`).
QCategoryAxis*
positions(QChart* chart, const QStringList& labels, Qt::Alignment side, const ChartStyle& style, int maxLabels);
QBarSet* barSet(const QString& label, const QColor& color);
// A straight reference line (quota, team = 100, the overall rate) from (x1, y1) to (x2, y2).
QLineSeries* line(QChart* chart, const QString& name, const QColor& color, Qt::PenStyle style, qreal width = 2.0);
void attach(QChart* chart, QAbstractSeries* series);
// A rounded-up "nice" maximum for an axis: 1, 2, 2.5, 5 × a power of ten.
double niceMax(double value);
// How many ticks a nice axis from 0 to `max` wants (5 or 6 intervals).
int niceTicks(double max);

} // namespace ChartParts
