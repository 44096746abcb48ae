// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealListView.h"

#include "DealCardDelegate.h"
#include "StageColumnModel.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

DealListView::DealListView(QWidget* parent)
    : CardListView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(24);
    // A slim bar that does not eat the card's width; the column's own colours show through.
    verticalScrollBar()->setStyleSheet(
        QStringLiteral("QScrollBar:vertical { width: 8px; background: transparent; margin: 2px 1px 2px 0; }"
                       "QScrollBar::handle:vertical { background: palette(mid); border-radius: 3px; min-height: 32px; }"
                       "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
                       "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }"));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &DealListView::prefetchNearEnd);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(StageColumnModel::DealIdRole).toString());
    });
}

void DealListView::prefetchNearEnd()
{
    auto* column = qobject_cast<StageColumnModel*>(model());
    if (!column || column->isPrefetching() || !column->canFetchMore({})) {
        return;
    }
    const QModelIndex last = indexAt(QPoint(viewport()->width() / 2, viewport()->height() - 1));
    const int lastShown = last.isValid() ? last.row() : column->rowCount() - 1;
    if (column->rowCount() - 1 - lastShown < 2 * column->pageSize()) {
        column->prefetch();
    }
}

QString DealListView::currentDealId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() && selectionModel()->isSelected(index) ? index.data(StageColumnModel::DealIdRole).toString()
                                                                  : QString();
}

bool DealListView::selectDeal(const QString& dealId)
{
    auto* column = qobject_cast<StageColumnModel*>(model());
    const int row = column ? column->rowOf(dealId) : -1;
    if (row < 0) {
        return false;
    }
    const QModelIndex index = column->index(row);
    setCurrentIndex(index);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
    return true;
}

void DealListView::keyPressEvent(QKeyEvent* event)
{
    const QString dealId =
        currentIndex().isValid() ? currentIndex().data(StageColumnModel::DealIdRole).toString() : QString();
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl && !dealId.isEmpty()) {
            emit moveRequested(dealId, direction);
        } else if (!ctrl) {
            emit neighbourRequested(direction, currentIndex().isValid() ? currentIndex().row() : 0);
        }
        event->accept();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!dealId.isEmpty()) {
            emit openRequested(dealId);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    CardListView::keyPressEvent(event);
}

void DealListView::contextMenuEvent(QContextMenuEvent* event)
{
    // From the keyboard the menu is for the current card; from the mouse for the card under it.
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid()) {
        return;
    }
    setCurrentIndex(index);
    const QString dealId = index.data(StageColumnModel::DealIdRole).toString();
    QMenu menu(this);
    QAction* open = menu.addAction(tr("&Open deal\u2026"));
    QAction* plan = menu.addAction(tr("&Plan a visit"));
    const QPoint at = event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                  : viewport()->mapToGlobal(visualRect(index).center());
    const QAction* chosen = menu.exec(at);
    if (chosen == open) {
        emit openRequested(dealId);
    } else if (chosen == plan) {
        emit planVisitRequested(dealId);
    }
}

void DealListView::startDrag(Qt::DropActions supportedActions)
{
    const QModelIndexList indexes = selectedIndexes();
    if (indexes.isEmpty() || !model()) {
        return;
    }
    QMimeData* payload = model()->mimeData(indexes);
    if (!payload) {
        return;
    }
    auto* drag = new QDrag(this);
    drag->setMimeData(payload);
    // The dragged card as it looks, slightly see-through.
    if (auto* cards = qobject_cast<DealCardDelegate*>(itemDelegate())) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.state |= QStyle::State_Selected;
        const QRect item = visualRect(indexes.first());
        const QRect card = item.adjusted(DealCardDelegate::marginX,
                                         DealCardDelegate::marginY,
                                         -DealCardDelegate::marginX,
                                         -DealCardDelegate::marginY);
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap(card.size() * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setOpacity(0.92);
            cards->paintCard(&painter, QRect(QPoint(0, 0), card.size()), option, indexes.first());
        }
        drag->setPixmap(pixmap);
        drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - card.topLeft());
    }
    drag->exec(supportedActions, Qt::MoveAction);
}
