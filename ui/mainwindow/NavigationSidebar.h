// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Area.h"

#include <QWidget>

class NavigationItemDelegate;
class QLabel;
class QListWidget;

// The column on the left: the product mark, the open workspace's name and one entry per
// area. Emits areaActivated() when the user picks an entry (mouse or arrow keys).
class NavigationSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationSidebar)
public:
    explicit NavigationSidebar(QWidget* parent = nullptr);

    Area currentArea() const;
    void setCurrentArea(Area area);
    void setWorkspaceName(const QString& name);
    // Icons only (names in tooltips), so a 1280-pixel window keeps its width for the work:
    // all six stage columns of the board fit beside it.
    void setCompact(bool compact);
    bool isCompact() const;

signals:
    void areaActivated(Area area);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QColor backgroundColor() const;
    void applyPalette();

    QLabel* m_productName = nullptr;
    QLabel* m_mark = nullptr;
    QLabel* m_workspaceName = nullptr;
    QListWidget* m_list = nullptr;
    NavigationItemDelegate* m_delegate = nullptr;
    QString m_fullWorkspaceName;
    int m_fullWidth = 0;
};
