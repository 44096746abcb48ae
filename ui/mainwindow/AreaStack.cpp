// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaStack.h"

#include "AreaCatalog.h"
#include "AreaPlaceholder.h"

AreaStack::AreaStack(QWidget* parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("areaStack"));
    for (Area area : kAllAreas) {
        addWidget(new AreaPlaceholder(area, this));
    }
}

void AreaStack::setAreaWidget(Area area, QWidget* widget)
{
    Q_ASSERT(widget);
    const int index = AreaCatalog::indexOf(area);
    QWidget* previous = this->widget(index);
    if (previous == widget) {
        return;
    }
    const bool wasCurrent = currentIndex() == index;
    insertWidget(index, widget);
    if (wasCurrent) {
        setCurrentIndex(index);
    }
    removeWidget(previous);
    delete previous;
}

QWidget* AreaStack::areaWidget(Area area) const
{
    return widget(AreaCatalog::indexOf(area));
}

Area AreaStack::currentArea() const
{
    return AreaCatalog::fromIndex(currentIndex()).value_or(Area::Pipeline);
}

void AreaStack::setCurrentArea(Area area)
{
    setCurrentIndex(AreaCatalog::indexOf(area));
}
