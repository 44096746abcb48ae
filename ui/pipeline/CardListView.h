// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QPersistentModelIndex>

/**
 * A one-column list whose rows are all as tall as the delegate's size hint for the first row,
 * each as wide as the viewport. Row geometry is arithmetic (row × height), so appending a page
 * of cards to a 20k-card column costs the new rows only: QListView lays out every row again
 * from row 0 on each insert, even with uniform item sizes, which cost 30 ms per page at 15k
 * rows. It stays a QListView by class because Qt gives its screen-reader list interface only
 * to classes of that name, but QListView's own layout never runs: every virtual that reads it
 * is replaced here and the rest is QAbstractItemView's (selection, keyboard, drag, tooltips).
 */
class CardListView : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardListView)
public:
    explicit CardListView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QRect visualRect(const QModelIndex& index) const override;
    QModelIndex indexAt(const QPoint& point) const override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    // The height of every row, margins included (0 without a model).
    int rowHeight() const;
    void doItemsLayout() override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex& index) const override;
    void setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection& selection) const override;
    void updateGeometries() override;
    QSize viewportSizeHint() const override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override;
    void dataChanged(const QModelIndex& topLeft,
                     const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void selectionChanged(const QItemSelection& selected, const QItemSelection& deselected) override;

private:
    // Rows were added, removed or replaced: the scroll range and the painted rows change.
    void relayout();
    // Rows from `first` on were added or removed: the scroll range changes, and the rows
    // shown when they start above the bottom of the viewport.
    void rowsChanged(int first);
    int rowCount() const;
    // The rows from `first` to `last` that are on screen (first > last when none).
    std::pair<int, int> visibleRows(int top, int bottom) const;

    mutable int m_rowHeight = 0; // 0: to be asked from the delegate
    mutable const QAbstractItemDelegate* m_heightDelegate = nullptr;
    QPersistentModelIndex m_hover;
    QList<QMetaObject::Connection> m_modelConnections;
};
