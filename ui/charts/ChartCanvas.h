// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

struct ChartFigure;
class QChartView;
class QGridLayout;
class QLabel;
class QTableWidget;

// Shows one ChartFigure: its notes, its charts in a grid of views and its table below them.
class ChartCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCanvas)
public:
    explicit ChartCanvas(QWidget* parent = nullptr);

    // Takes the figure's charts (the views own them from now on).
    void setFigure(ChartFigure&& figure);
    QList<QChartView*> views() const { return m_views; }
    QTableWidget* table() const { return m_table; }

private:
    void clear();

    QLabel* m_notes;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    QTableWidget* m_table;
    QList<QChartView*> m_views;
};
