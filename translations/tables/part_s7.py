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
    ("Co&mpact Workspace…", "压缩工作区(&M)…", "Ko&mpaktuj przestrzeń roboczą…"),
    ("Write the open workspace's file afresh, without unused space",
     "重新写入已打开工作区的文件，去掉未使用的空间",
     "Zapisz plik otwartej przestrzeni roboczej od nowa, bez nieużywanego miejsca"),
    ("Cannot Compact Workspace", "无法压缩工作区", "Nie można skompaktować przestrzeni roboczej"),
    ("The workspace is open read-only and cannot be compacted.", "工作区以只读方式打开，无法压缩。",
     "Przestrzeń robocza jest otwarta tylko do odczytu i nie można jej skompaktować."),
    ("Compact Workspace?", "压缩工作区？", "Skompaktować przestrzeń roboczą?"),
    ("Compact %1? Dealbench closes the workspace, writes the file afresh without its unused space and opens it "
     "again; the data does not change. A large file takes about 20 seconds per gigabyte, and the undo history is "
     "cleared.",
     "压缩 %1？Dealbench 会关闭工作区，去掉未使用的空间重新写入文件，然后再次打开；数据不会改变。"
     "大文件每 GB 约需 20 秒，撤销历史会被清除。",
     "Skompaktować %1? Dealbench zamknie przestrzeń roboczą, zapisze plik od nowa bez nieużywanego miejsca i otworzy "
     "go ponownie; dane się nie zmienią. Duży plik zajmuje około 20 sekund na gigabajt, a historia cofania zostanie "
     "wyczyszczona."),
    ("Compacting %1…", "正在压缩 %1…", "Kompaktowanie %1…"),
    ("Compact Workspace", "压缩工作区", "Kompaktuj przestrzeń roboczą"),
    ("Workspace Compacted", "工作区已压缩", "Przestrzeń robocza skompaktowana"),
    ("The file took %1 and takes %2 now.", "文件原占 %1，现在占 %2。", "Plik zajmował %1, a teraz zajmuje %2."),
    ("Comparing %1 with this workspace", "正在将 %1 与此工作区比较", "Porównywanie %1 z tą przestrzenią roboczą"),
    ("Saving the workspace", "正在保存工作区", "Zapisywanie przestrzeni roboczej"),
]
