// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Area.h"

#include <QStackedWidget>

// One page per area, in sidebar order. Starts with placeholders; a feature installs its
// real page with setAreaWidget(), which takes ownership and deletes what it replaces.
class AreaStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaStack)
public:
    explicit AreaStack(QWidget* parent = nullptr);

    void setAreaWidget(Area area, QWidget* widget);
    QWidget* areaWidget(Area area) const;
    Area currentArea() const;
    void setCurrentArea(Area area);
};
