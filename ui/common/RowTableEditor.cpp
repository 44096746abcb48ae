// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowTableEditor.h"

#include "CellDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RowTableEditor::RowTableEditor(const QString& name, QAbstractItemModel* model, QWidget* parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
{
    setObjectName(name);
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_addButton->setObjectName(name + QStringLiteral("AddButton"));
    m_removeButton->setObjectName(name + QStringLiteral("RemoveButton"));
    m_view->setModel(model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, so the sheet stays keyboard-navigable
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    m_view->setMinimumHeight(90);

    m_addButton->setToolTip(tr("Add a row (Insert or Ctrl+Shift+N)"));
    m_removeButton->setToolTip(tr("Remove the current row (Delete)"));
    auto* add = new QAction(tr("Add row"), m_view);
    add->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    add->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(add);
    auto* remove = new QAction(tr("Remove row"), m_view);
    remove->setShortcut(QKeySequence(Qt::Key_Delete));
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(remove);
    connect(add, &QAction::triggered, this, [this] {
        if (m_add && m_addButton->isEnabled()) {
            m_add();
        }
    });
    connect(remove, &QAction::triggered, this, &RowTableEditor::removeCurrent);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (m_add) {
            m_add();
        }
    });
    connect(m_removeButton, &QPushButton::clicked, this, &RowTableEditor::removeCurrent);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    setFocusProxy(m_view);
}

void RowTableEditor::setEditable(bool editable)
{
    m_addButton->setEnabled(editable);
    m_removeButton->setEnabled(editable);
    m_view->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
                                     : QAbstractItemView::NoEditTriggers);
}

void RowTableEditor::focusRow(int row, int column)
{
    const QModelIndex index = m_view->model()->index(row, column);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        m_view->setFocus();
    }
}

void RowTableEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_remove && current.isValid() && m_removeButton->isEnabled()) {
        m_remove(current.row());
    }
}
