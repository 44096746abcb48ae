// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Area.h"

#include <QKeySequence>
#include <QString>

#include <optional>

// What the window says about each area: its name, what it is for, its icon and a stable
// key (used by `--area` and by object names, never shown).
namespace AreaCatalog {

QString title(Area area);
QString description(Area area);
QString iconPath(Area area);
QString key(Area area);
std::optional<Area> fromKey(const QString& key);
// The area with the given index in sidebar order; nullopt when out of range.
std::optional<Area> fromIndex(int index);
int indexOf(Area area);
// Ctrl+1 … Ctrl+7 in sidebar order.
QKeySequence shortcut(Area area);

} // namespace AreaCatalog
