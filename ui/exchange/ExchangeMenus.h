// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;

// File ▸ Import CSV…, File ▸ Export Report…, File ▸ Export Data ▸ (CSV tables, calendar, vCard) and Edit ▸ Import
// History…, enabled while a workspace is open.
namespace ExchangeMenus {
void install(MainWindow& window);
}
