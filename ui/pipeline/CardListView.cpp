// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardListView.h"

#include <QAccessible>
#include <QHoverEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

CardListView::CardListView(QWidget* parent)
    : QListView(parent)
{
    // The card under the mouse is painted lifted; the view needs hover events for that.
    viewport()->setAttribute(Qt::WA_Hover);
}

void CardListView::setModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_modelConnections)) {
        disconnect(connection);
    }
    m_modelConnections.clear();
    m_hover = QPersistentModelIndex();
    m_rowHeight = 0;
    QListView::setModel(model);
    if (!model) {
        return;
    }
    // Resets and layout changes reach doItemsLayout(), inserts rowsInserted(); removals have
    // no virtual to take them.
    m_modelConnections = {
        connect(model,
                &QAbstractItemModel::rowsRemoved,
                this,
                [this](const QModelIndex& parent, int first, int) {
                    if (parent == rootIndex()) {
                        rowsChanged(first);
                    }
                }),
        connect(model, &QAbstractItemModel::rowsMoved, this, &CardListView::relayout),
    };
}

int CardListView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

int CardListView::rowHeight() const
{
    if (!model()) {
        return 0;
    }
    const QAbstractItemDelegate* delegate = itemDelegate();
    if (m_rowHeight > 0 && delegate == m_heightDelegate) {
        return m_rowHeight;
    }
    const QModelIndex first = model()->index(0, 0, rootIndex());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(0, 0, viewport()->width(), 0);
    const int height = std::max(1, delegate ? delegate->sizeHint(option, first).height() : option.fontMetrics.height());
    // Kept only when asked of a real row: an empty model's hint need not be a card's.
    if (first.isValid()) {
        m_rowHeight = height;
        m_heightDelegate = delegate;
    }
    return height;
}

std::pair<int, int> CardListView::visibleRows(int top, int bottom) const
{
    const int height = rowHeight();
    const int rows = rowCount();
    const int offset = verticalOffset();
    if (height <= 0 || rows == 0 || bottom + offset < 0) {
        return {0, -1};
    }
    return {std::max(0, (top + offset) / height), std::min(rows - 1, (bottom + offset) / height)};
}

QRect CardListView::visualRect(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex() || index.column() != 0) {
        return {};
    }
    const int height = rowHeight();
    return {0, index.row() * height - verticalOffset(), viewport()->width(), height};
}

QModelIndex CardListView::indexAt(const QPoint& point) const
{
    const int height = rowHeight();
    const int y = point.y() + verticalOffset();
    if (height <= 0 || y < 0 || point.x() < 0 || point.x() >= viewport()->width()) {
        return {};
    }
    const int row = y / height;
    return row < rowCount() ? model()->index(row, 0, rootIndex()) : QModelIndex();
}

void CardListView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    const QRect rect = visualRect(index);
    if (rect.isEmpty()) {
        return;
    }
    executeDelayedItemsLayout(); // after a reset the scroll range may not know the rows yet
    const int top = rect.top() + verticalOffset();
    const int shown = viewport()->height();
    int value = verticalOffset();
    switch (hint) {
    case PositionAtTop:
        value = top;
        break;
    case PositionAtBottom:
        value = top + rect.height() - shown;
        break;
    case PositionAtCenter:
        value = top - (shown - rect.height()) / 2;
        break;
    case EnsureVisible:
        if (top < value) {
            value = top;
        } else if (top + rect.height() > value + shown) {
            value = std::min(top, top + rect.height() - shown);
        }
        break;
    }
    verticalScrollBar()->setValue(value);
}

QModelIndex CardListView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers)
    int rows = rowCount();
    if (rows == 0) {
        return {};
    }
    const QModelIndex current = currentIndex();
    if (!current.isValid()) {
        return model()->index(0, 0, rootIndex());
    }
    const int page = std::max(1, viewport()->height() / std::max(1, rowHeight()));
    int row = current.row();
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        --row;
        break;
    case MoveDown:
    case MoveNext:
        ++row;
        break;
    case MovePageUp:
        row -= page;
        break;
    case MovePageDown:
        row += page;
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = rows - 1;
        break;
    case MoveLeft:
    case MoveRight:
        return current;
    }
    // Walking off the loaded cards reads the next page now, so the arrow keys go on down the
    // column as the scroll bar does.
    if (row >= rows && model()->canFetchMore(rootIndex())) {
        model()->fetchMore(rootIndex());
        rows = rowCount();
    }
    return model()->index(std::clamp(row, 0, rows - 1), 0, rootIndex());
}

int CardListView::horizontalOffset() const
{
    return 0;
}

int CardListView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool CardListView::isIndexHidden(const QModelIndex& index) const
{
    Q_UNUSED(index)
    return false;
}

void CardListView::setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel()) {
        return;
    }
    const QRect area = rect.normalized();
    const auto [first, last] = visibleRows(std::max(area.top(), -verticalOffset()), area.bottom());
    QItemSelection selection;
    if (first <= last && area.right() >= 0 && area.left() < viewport()->width()) {
        selection.select(model()->index(first, 0, rootIndex()), model()->index(last, 0, rootIndex()));
    }
    selectionModel()->select(selection, command);
}

QRegion CardListView::visualRegionForSelection(const QItemSelection& selection) const
{
    const auto [shownFirst, shownLast] = visibleRows(0, viewport()->height());
    QRegion region;
    for (const QItemSelectionRange& range : selection) {
        if (range.parent() != rootIndex()) {
            continue;
        }
        const int first = std::max(range.top(), shownFirst);
        const int last = std::min(range.bottom(), shownLast);
        if (first <= last) {
            const QRect top = visualRect(model()->index(first, 0, rootIndex()));
            region += QRect(top.topLeft(), QSize(top.width(), (last - first + 1) * top.height()));
        }
    }
    return region;
}

void CardListView::updateGeometries()
{
    const int shown = viewport()->height();
    verticalScrollBar()->setPageStep(shown);
    verticalScrollBar()->setRange(0, std::max(0, rowCount() * rowHeight() - shown));
    horizontalScrollBar()->setRange(0, 0);
    QAbstractItemView::updateGeometries();
}

void CardListView::relayout()
{
    updateGeometries();
    viewport()->update();
}

void CardListView::rowsChanged(int first)
{
    updateGeometries();
    const int height = rowHeight();
    if (height > 0 && first <= (verticalOffset() + viewport()->height()) / height) {
        viewport()->update();
    }
}

void CardListView::doItemsLayout()
{
    // Never QListView's: it is the walk over every row this view exists to avoid.
    QAbstractItemView::doItemsLayout();
}

QSize CardListView::viewportSizeHint() const
{
    return {viewport()->width(), rowCount() * rowHeight()};
}

void CardListView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    if (parent == rootIndex()) {
        rowsChanged(start);
    }
}

void CardListView::rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end); // no hidden rows to forget here
}

void CardListView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void CardListView::resizeEvent(QResizeEvent* event)
{
    QAbstractItemView::resizeEvent(event); // the scroll range now, not after QListView's 100 ms delay
}

void CardListView::paintEvent(QPaintEvent* event)
{
    if (!model()) {
        return;
    }
    QPainter painter(viewport());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QStyle::State state = option.state;
    const QModelIndex current = currentIndex();
    const bool focus = (hasFocus() || viewport()->hasFocus()) && current.isValid();
    const bool enabled = state.testFlag(QStyle::State_Enabled);
    const QItemSelectionModel* selections = selectionModel();
    const auto [first, last] = visibleRows(event->rect().top(), event->rect().bottom());
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        option.rect = visualRect(index);
        option.state = state;
        option.state.setFlag(QStyle::State_Selected, selections && selections->isSelected(index));
        if (enabled) {
            const bool itemEnabled = model()->flags(index).testFlag(Qt::ItemIsEnabled);
            option.state.setFlag(QStyle::State_Enabled, itemEnabled);
            option.palette.setCurrentColorGroup(itemEnabled ? QPalette::Normal : QPalette::Disabled);
        }
        if (focus && index == current) {
            option.state |= QStyle::State_HasFocus;
            option.state.setFlag(QStyle::State_Editing, this->state() == EditingState);
        }
        option.state.setFlag(QStyle::State_MouseOver, index == m_hover);
        itemDelegateForIndex(index)->paint(&painter, option, index);
    }
}

void CardListView::scrollContentsBy(int dx, int dy)
{
    scrollDirtyRegion(dx, dy);
    viewport()->scroll(dx, dy);
}

bool CardListView::viewportEvent(QEvent* event)
{
    // QAbstractItemView repaints the cards the mouse enters and leaves; this only remembers which.
    switch (event->type()) {
    case QEvent::HoverEnter:
    case QEvent::HoverMove:
        m_hover = indexAt(static_cast<QHoverEvent*>(event)->position().toPoint());
        break;
    case QEvent::HoverLeave:
    case QEvent::Leave:
        m_hover = QPersistentModelIndex();
        break;
    default:
        break;
    }
    return QListView::viewportEvent(event);
}

void CardListView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_rowHeight = 0;
        relayout();
    }
    QListView::changeEvent(event);
}

void CardListView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    // As QListView: a screen reader follows the card the keyboard is on.
    if (QAccessible::isActive() && current.isValid() && hasFocus()) {
        QAccessibleEvent focusEvent(this, QAccessible::Focus);
        focusEvent.setChild(current.row());
        QAccessible::updateAccessibility(&focusEvent);
    }
    QAbstractItemView::currentChanged(current, previous);
}

void CardListView::selectionChanged(const QItemSelection& selected, const QItemSelection& deselected)
{
    if (QAccessible::isActive()) {
        if (const QModelIndex added = selected.indexes().value(0); added.isValid()) {
            QAccessibleEvent event(this, QAccessible::SelectionAdd);
            event.setChild(added.row());
            QAccessible::updateAccessibility(&event);
        }
        if (const QModelIndex removed = deselected.indexes().value(0); removed.isValid()) {
            QAccessibleEvent event(this, QAccessible::SelectionRemove);
            event.setChild(removed.row());
            QAccessible::updateAccessibility(&event);
        }
    }
    QAbstractItemView::selectionChanged(selected, deselected);
}
