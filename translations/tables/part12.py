# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Session 3: (context, source, 简体中文, polski).
E = [
    ("ExchangeMenus", "Export &Report…", "导出报告(&R)…", "Eksportuj &raport…"),
]
