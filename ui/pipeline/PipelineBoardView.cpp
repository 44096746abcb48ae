// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineBoardView.h"

#include "BoardPalette.h"
#include "DealCardDelegate.h"
#include "DealListView.h"
#include "PipelineBoard.h"
#include "StageColumnModel.h"
#include "StageColumnWidget.h"

#include "core/domain/DefaultPipeline.h"

#include <QHBoxLayout>
#include <QScrollBar>

PipelineBoardView::PipelineBoardView(QWidget* parent)
    : QScrollArea(parent)
    , m_delegate(new DealCardDelegate(this))
    , m_canvas(new QWidget)
    , m_layout(new QHBoxLayout(m_canvas))
{
    setObjectName(QStringLiteral("pipelineBoardView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_canvas->setObjectName(QStringLiteral("boardCanvas"));
    m_layout->setContentsMargins(10, 8, 10, 8);
    m_layout->setSpacing(8);
    setWidget(m_canvas);
    QPalette canvas = palette();
    canvas.setColor(QPalette::Window, BoardPalette::from(palette()).canvas);
    m_canvas->setPalette(canvas);
    m_canvas->setAutoFillBackground(true);
    viewport()->setAutoFillBackground(false);
}

PipelineBoardView::~PipelineBoardView() = default;

void PipelineBoardView::setBoard(PipelineBoard* board)
{
    if (m_board) {
        disconnect(m_board, nullptr, this, nullptr);
    }
    m_board = board;
    if (m_board) {
        connect(m_board, &PipelineBoard::columnsReset, this, &PipelineBoardView::rebuild);
        connect(m_board, &PipelineBoard::totalsChanged, this, &PipelineBoardView::updateTotals);
    }
    rebuild();
}

void PipelineBoardView::setFoldedStages(const QStringList& stageIds)
{
    m_folded = stageIds;
    for (StageColumnWidget* column : m_columns) {
        column->setFolded(m_folded.contains(column->stageId()));
    }
}

QStringList PipelineBoardView::foldedStages() const
{
    return m_folded;
}

StageColumnWidget* PipelineBoardView::columnWidget(const QString& stageId) const
{
    for (StageColumnWidget* column : m_columns) {
        if (column->stageId() == stageId) {
            return column;
        }
    }
    return nullptr;
}

StageColumnWidget* PipelineBoardView::columnWidget(int index) const
{
    return index >= 0 && index < columnCount() ? m_columns[static_cast<size_t>(index)] : nullptr;
}

void PipelineBoardView::rebuild()
{
    for (StageColumnWidget* column : m_columns) {
        m_layout->removeWidget(column);
        delete column;
    }
    m_columns.clear();
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item;
    }
    m_lastFocused = -1;
    if (!m_board) {
        return;
    }
    const BoardPalette colors = BoardPalette::from(palette());
    int openCount = 0;
    for (int i = 0; i < m_board->columnCount(); ++i) {
        openCount += m_board->column(i)->stage().isOpen() ? 1 : 0;
    }
    for (int i = 0; i < m_board->columnCount(); ++i) {
        StageColumnModel* model = m_board->column(i);
        const Stage& stage = model->stage();
        auto* column = new StageColumnWidget(model, m_delegate, m_canvas);
        QColor tint = colors.stageTint(i, openCount);
        if (stage.kind == StageKind::Won) {
            tint = colors.success;
        } else if (stage.kind == StageKind::Lost) {
            tint = colors.muted;
        }
        column->setDisplay(DefaultPipeline::displayName(stage.id, stage.name), tint);
        column->setFolded(m_folded.contains(stage.id));
        m_layout->addWidget(column, 1);
        m_columns.push_back(column);
        DealListView* view = column->view();
        connect(column,
                &StageColumnWidget::dealDropped,
                this,
                &PipelineBoardView::moveRequested,
                Qt::QueuedConnection); // after the drag has ended: a dialog may follow
        connect(column, &StageColumnWidget::foldToggled, this, [this, column](bool folded) {
            m_folded.removeAll(column->stageId());
            if (folded) {
                m_folded.append(column->stageId());
            }
            emit foldedStagesChanged(m_folded);
        });
        connect(view, &DealListView::openRequested, this, &PipelineBoardView::openRequested);
        connect(view, &DealListView::planVisitRequested, this, &PipelineBoardView::planVisitRequested);
        connect(view, &DealListView::neighbourRequested, this, [this, i](int direction, int row) {
            focusNeighbour(i, direction, row);
        });
        connect(view, &DealListView::moveRequested, this, [this, i](const QString& dealId, int direction) {
            moveByKey(i, dealId, direction);
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, i] { m_lastFocused = i; });
    }
    m_layout->addStretch(0);
    updateTotals();
}

void PipelineBoardView::updateTotals()
{
    if (!m_board) {
        return;
    }
    for (StageColumnWidget* column : m_columns) {
        column->setTotals(m_board->totals(column->stageId()), m_board->baseCurrency());
    }
}

QString PipelineBoardView::currentDealId() const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (m_columns[static_cast<size_t>(i)]->view()->hasFocus()) {
            return m_columns[static_cast<size_t>(i)]->view()->currentDealId();
        }
    }
    const StageColumnWidget* last = columnWidget(m_lastFocused);
    return last ? last->view()->currentDealId() : QString();
}

bool PipelineBoardView::selectDeal(const QString& dealId)
{
    for (int i = 0; i < columnCount(); ++i) {
        StageColumnWidget* column = m_columns[static_cast<size_t>(i)];
        if (!column->isFolded() && column->view()->selectDeal(dealId)) {
            for (StageColumnWidget* other : m_columns) {
                if (other != column) {
                    other->view()->clearSelection();
                }
            }
            column->view()->setFocus(Qt::OtherFocusReason);
            ensureWidgetVisible(column, 0, 0);
            m_lastFocused = i;
            return true;
        }
    }
    return false;
}

void PipelineBoardView::focusNeighbour(int from, int direction, int row)
{
    for (int i = from + direction; i >= 0 && i < columnCount(); i += direction) {
        StageColumnWidget* column = m_columns[static_cast<size_t>(i)];
        if (column->isFolded() || column->model()->rowCount() == 0) {
            continue;
        }
        const QModelIndex index = column->model()->index(std::min(row, column->model()->rowCount() - 1));
        m_columns[static_cast<size_t>(from)]->view()->clearSelection();
        column->view()->setFocus(Qt::TabFocusReason);
        column->view()->setCurrentIndex(index);
        column->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
        ensureWidgetVisible(column, 0, 0);
        return;
    }
}

void PipelineBoardView::moveByKey(int from, const QString& dealId, int direction)
{
    // Keys move between open stages only: closing a deal (Won, Lost) asks for details and
    // is a deliberate drag, not a key press that slipped. From Won or Lost, Ctrl+Left reopens.
    const StageColumnWidget* target = columnWidget(from + direction);
    if (!target || !target->model()->stage().isOpen()) {
        return;
    }
    emit moveRequested(dealId, target->stageId());
}
