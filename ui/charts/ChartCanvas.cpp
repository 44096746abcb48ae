// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCanvas.h"

#include "ChartFigure.h"

#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

ChartCanvas::ChartCanvas(QWidget* parent)
    : QWidget(parent)
    , m_notes(new QLabel(this))
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_table(new QTableWidget(this))
{
    m_notes->setObjectName(QStringLiteral("chartNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(6);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAlternatingRowColors(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notes);
    layout->addWidget(splitter, 1);
    m_table->hide();
}

void ChartCanvas::clear()
{
    for (QChartView* view : std::as_const(m_views)) {
        m_gridLayout->removeWidget(view);
        delete view; // deletes its chart
    }
    m_views.clear();
    for (int r = 0; r < m_gridLayout->rowCount(); ++r) {
        m_gridLayout->setRowStretch(r, 0);
    }
    for (int c = 0; c < m_gridLayout->columnCount(); ++c) {
        m_gridLayout->setColumnStretch(c, 0);
    }
}

void ChartCanvas::setFigure(ChartFigure&& figure)
{
    clear();
    m_notes->setText(figure.notes.trimmed());
    m_notes->setVisible(!figure.notes.trimmed().isEmpty());
    for (int i = 0; i < int(figure.charts.size()); ++i) {
        int row = 0;
        int column = 0;
        int span = 1;
        figure.cell(i, &row, &column, &span);
        auto* view = new QChartView(figure.charts.at(std::size_t(i)).release(), m_grid);
        view->setObjectName(QStringLiteral("chartView%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(160, 120);
        m_gridLayout->addWidget(view, row, column, 1, span);
        m_views.append(view);
    }
    figure.charts.clear();
    for (int r = 0; r < figure.rows(); ++r) {
        m_gridLayout->setRowStretch(r, figure.firstSpansRow && r == 0 ? 2 : 1);
    }
    for (int c = 0; c < figure.columns; ++c) {
        m_gridLayout->setColumnStretch(c, 1);
    }

    m_table->clear();
    m_table->setVisible(!figure.tableRows.isEmpty());
    m_table->setColumnCount(int(figure.tableHeader.size()));
    m_table->setRowCount(int(figure.tableRows.size()));
    m_table->setHorizontalHeaderLabels(figure.tableHeader);
    for (int r = 0; r < int(figure.tableRows.size()); ++r) {
        const QStringList& cells = figure.tableRows.at(r);
        for (int c = 0; c < int(cells.size()); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment((c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}
