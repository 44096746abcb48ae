# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Session 5 (lead): (context, source, 简体中文, polski).
E = [
    ("ImportPreviewPage", "Checking %n row(s) against the workspace…",
     "正在对照工作区检查 %n 行…",
     ["Sprawdzanie %n wiersza względem obszaru roboczego…",
      "Sprawdzanie %n wierszy względem obszaru roboczego…",
      "Sprawdzanie %n wierszy względem obszaru roboczego…"]),
]
