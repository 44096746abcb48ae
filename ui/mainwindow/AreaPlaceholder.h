// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Area.h"

#include <QWidget>

class QLabel;

// Stands in for an area whose feature has not landed yet: its icon, name, what it will do
// and that it arrives with its own issue. Replaced through MainWindow::setAreaWidget().
class AreaPlaceholder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaPlaceholder)
public:
    explicit AreaPlaceholder(Area area, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    Area m_area;
    QLabel* m_icon = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_note = nullptr;
};
