# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# (source, 简体中文, polski); plurals: Polish [one, few, many]. Strings added late in 0.1.
E = [
    ("the file is shorter than its contents: it was cut short", "文件比其内容短：文件被截断了", "plik jest krótszy niż jego zawartość: został obcięty"),
    ("%1 ▸", "%1 ▸", "%1 ▸"),
    ("%1 (no data)", "%1（无数据）", "%1 (brak danych)"),
    ("comma", "逗号", "przecinek"),
    ("semicolon", "分号", "średnik"),
    ("Stage history: %1 deals got their stage changes.", "阶段历史：%1 个商机获得了其阶段变化记录。", "Historia etapów: %1 szans otrzymało swoje zmiany etapów."),
]
