// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints one sidebar entry: a rounded highlight, the area's line icon in the text colour,
// its name and, muted on the right, its keyboard shortcut.
class NavigationItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationItemDelegate)
public:
    enum Role
    {
        IconPathRole = Qt::UserRole + 1,
        ShortcutRole,
    };

    explicit NavigationItemDelegate(QObject* parent = nullptr);

    // Icons only, centred: the sidebar of a narrow window.
    void setCompact(bool compact) { m_compact = compact; }
    bool isCompact() const { return m_compact; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool m_compact = false;
};
