# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# (source, 简体中文, polski); plurals: Polish [one, few, many]. See ../fill_ts.py.
E = [
    ("Cancel Import", "取消导入", "Anuluj import"),
    ("Cancelling: rolling back…", "正在取消：回滚中…", "Anulowanie: wycofywanie zmian…"),
    ("Importing in one transaction: Cancel leaves the workspace as it was.",
     "在一个事务中导入：取消后工作区保持原样。",
     "Import w jednej transakcji: Anuluj pozostawia przestrzeń roboczą bez zmian."),
    ("Checking rows: %1 of %2", "正在检查行：%1 / %2", "Sprawdzanie wierszy: %1 z %2"),
    ("Writing deals: %1 of %2", "正在写入商机：%1 / %2", "Zapisywanie szans: %1 z %2"),
    ("Not imported", "未导入", "Nie zaimportowano"),
    ("The import was cancelled; nothing was imported.", "导入已取消；未导入任何内容。",
     "Import został anulowany; nic nie zaimportowano."),
]
