// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;

// Puts the real page of every area into the window and keeps each page on the window's
// current workspace and undo stack. Kept apart from MainWindow so that the shell itself
// knows no feature.
namespace AreaPages {
void installAll(MainWindow& window);
}
