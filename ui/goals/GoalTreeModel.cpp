// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalTreeModel.h"

#include "MeasureProgressDelegate.h"

#include "ui/common/CellEditor.h"
#include "ui/common/Colors.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

GoalTreeModel::GoalTreeModel(QStringList headers, QObject* parent)
    : QAbstractItemModel(parent)
    , m_headers(std::move(headers))
{}

void GoalTreeModel::add(const GoalTreeNode& node, int parent, int row)
{
    const int at = static_cast<int>(m_items.size());
    Item item;
    item.node = node;
    item.node.children.clear();
    item.parent = parent;
    item.row = row;
    m_items.push_back(std::move(item));
    if (parent < 0) {
        m_roots.push_back(at);
    } else {
        m_items[static_cast<std::size_t>(parent)].children.push_back(at);
    }
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        add(node.children[i], at, static_cast<int>(i));
    }
}

void GoalTreeModel::setNodes(const QList<GoalTreeNode>& nodes)
{
    beginResetModel();
    m_items.clear();
    m_roots.clear();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        add(nodes[i], -1, static_cast<int>(i));
    }
    endResetModel();
}

QModelIndex GoalTreeModel::find(const QString& id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].node.id == id) {
            return createIndex(m_items[i].row, 0, static_cast<quintptr>(i));
        }
    }
    return {};
}

QModelIndex GoalTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= columnCount()) {
        return {};
    }
    const std::vector<int>& rows =
        parent.isValid() ? m_items[static_cast<std::size_t>(parent.internalId())].children : m_roots;
    if (static_cast<std::size_t>(row) >= rows.size()) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(rows[static_cast<std::size_t>(row)]));
}

QModelIndex GoalTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parent = m_items[static_cast<std::size_t>(child.internalId())].parent;
    if (parent < 0) {
        return {};
    }
    return createIndex(m_items[static_cast<std::size_t>(parent)].row, 0, static_cast<quintptr>(parent));
}

int GoalTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_roots.size());
    }
    if (parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_items[static_cast<std::size_t>(parent.internalId())].children.size());
}

int GoalTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return static_cast<int>(m_headers.size());
}

QVariant GoalTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const GoalTreeNode& node = m_items[static_cast<std::size_t>(index.internalId())].node;
    const QPalette palette = QApplication::palette();
    switch (role) {
    case Qt::DisplayRole:
        return node.columns.value(index.column());
    case Qt::ToolTipRole:
        return node.toolTip.isEmpty() ? QVariant() : QVariant(node.toolTip);
    case Qt::FontRole:
        if (node.tone == GoalTreeNode::Tone::Heading) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        switch (node.tone) {
        case GoalTreeNode::Tone::Warning:
            return MeasureProgressDelegate::paceColor(Pace::Missed, palette);
        case GoalTreeNode::Tone::Good:
            return MeasureProgressDelegate::paceColor(Pace::Achieved, palette);
        case GoalTreeNode::Tone::Muted:
            return Colors::mutedText(palette, 0.6);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (node.tone == GoalTreeNode::Tone::Warning) {
            return Colors::mix(
                palette.color(QPalette::Base), MeasureProgressDelegate::paceColor(Pace::Missed, palette), 0.10);
        }
        return {};
    case CellRole::Sort:
        return index.column() == m_progressColumn ? node.progress : QVariant(node.columns.value(index.column()));
    case IdRole:
        return node.id;
    case ToneRole:
        return static_cast<int>(node.tone);
    default:
        return {};
    }
}

QVariant GoalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return m_headers.value(section);
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}
