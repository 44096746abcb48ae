// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// One chart as the user sees it: one QChart, or small multiples in a grid, with a line of
// notes and, for some charts, the figures as a table beside them. Builders make it from core
// data; the Charts area shows it, the renderer draws it into PNG or PDF, reports reuse both.
struct ChartFigure
{
    QString title;
    QString notes; // what the numbers mean, currencies left out ...
    std::vector<std::unique_ptr<QChart>> charts;
    int columns = 1;
    bool firstSpansRow = false; // a main chart above its small multiples
    QStringList tableHeader;
    QList<QStringList> tableRows;
    QString emptyText; // set instead of charts when there is nothing to draw

    bool isEmpty() const { return charts.empty(); }
    int rows() const;
    // Where chart `index` goes in the grid: row, column, column span.
    void cell(int index, int* row, int* column, int* span) const;
};
