// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <vector>

// A row of a read-only goals tree (cascade, roll-up, refresh), with its children.
struct GoalTreeNode
{
    enum class Tone
    {
        Normal,
        Heading, // bold: a manager's method, a group
        Warning, // highlighted: nobody supports it, linked to nothing, target missed
        Good,
        Muted,
    };

    QStringList columns;
    QString toolTip;
    Tone tone = Tone::Normal;
    QString id;        // what the row stands for (a method or measure id), for selection and tests
    QVariant progress; // MeasureProgressDelegate's value for the progress column, if any
    QList<GoalTreeNode> children;
};

// Shows GoalTreeNodes: tones become fonts and palette-derived colours, the progress column
// carries the delegate's raw value in CellRole::Sort. Replaced as a whole by setNodes(): the
// trees are small and are rebuilt from the store after every change.
class GoalTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalTreeModel)
public:
    enum Role
    {
        IdRole = Qt::UserRole + 20,
        ToneRole,
    };

    explicit GoalTreeModel(QStringList headers, QObject* parent = nullptr);

    void setNodes(const QList<GoalTreeNode>& nodes);
    void setProgressColumn(int column) { m_progressColumn = column; }
    // The index of the first row whose id is `id`, depth first.
    QModelIndex find(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Item
    {
        GoalTreeNode node; // without children
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };

    void add(const GoalTreeNode& node, int parent, int row);

    QStringList m_headers;
    int m_progressColumn = -1;
    std::vector<Item> m_items;
    std::vector<int> m_roots;
};
