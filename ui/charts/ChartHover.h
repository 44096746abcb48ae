// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QAbstractBarSeries;
class QBarSet;
class QXYSeries;
class QPieSeries;

// Hover tooltips with the exact figures behind a bar, point or slice (the axes show rounded
// ones). The text functions are called on hover only; empty text shows nothing.
namespace ChartHover {

void bars(QAbstractBarSeries* series, std::function<QString(QBarSet* set, int index)> text);
void points(QXYSeries* series, std::function<QString(int index)> text);
void slices(QPieSeries* series, std::function<QString(int index)> text);

} // namespace ChartHover
