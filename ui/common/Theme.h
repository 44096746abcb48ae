// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

// The colour theme (Settings::Key::Theme, or `--theme` on the command line): "system"
// keeps the platform's style and palette; "light" and "dark" use Fusion with our palettes,
// the same on every platform.
namespace Theme {

// Returns false for an unknown name, leaving everything as it was.
bool apply(const QString& name);
QPalette lightPalette();
QPalette darkPalette();

} // namespace Theme
