# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Session 5 (lead): (context, source, 简体中文, polski).
E = [
    ("ImportPreviewPage", "Checking %Ln row(s) against the workspace…",
     "正在对照工作区检查 %Ln 行…",
     ["Sprawdzanie %Ln wiersza względem obszaru roboczego…",
      "Sprawdzanie %Ln wierszy względem obszaru roboczego…",
      "Sprawdzanie %Ln wierszy względem obszaru roboczego…"]),
]
