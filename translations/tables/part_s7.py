# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# (source, 简体中文, polski); plurals: Polish [one, few, many]. See ../fill_ts.py.
E = [
    ("Lays a workspace file out afresh; the data does not change.",
     "重新整理工作区文件的存储布局；数据不会改变。",
     "Układa plik przestrzeni roboczej od nowa; dane się nie zmieniają."),
    ("The workspace file to compact.", "要压缩的工作区文件。", "Plik przestrzeni roboczej do skompaktowania."),
    ("compact needs --workspace FILE.", "compact 需要 --workspace FILE。", "compact wymaga --workspace FILE."),
    ("Compacted %1: %2 before, %3 after, in %4 s.", "已压缩 %1：之前 %2，之后 %3，用时 %4 秒。",
     "Skompaktowano %1: przed %2, po %3, w %4 s."),
    ("A workspace opened read-only cannot be compacted.", "以只读方式打开的工作区无法压缩。",
     "Przestrzeni roboczej otwartej tylko do odczytu nie można skompaktować."),
    ("The workspace is being changed; compact it when that is done.", "工作区正在被修改；请在修改完成后再压缩。",
     "Przestrzeń robocza jest właśnie zmieniana; skompaktuj ją, gdy to się skończy."),
]
