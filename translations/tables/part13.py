# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Session 4: (context, source, 简体中文, polski).
E = [
    ("Database", "%1 is damaged: the list of its tables cannot be read, so nothing in it can be shown. Nothing was changed.",
     "%1 已损坏：无法读取其中的表清单，因此无法显示任何内容。文件未做任何更改。",
     "Plik %1 jest uszkodzony: nie da się odczytać listy jego tabel, więc nie można niczego z niego pokazać. Niczego nie zmieniono."),
    ("WorkspaceFileController", "The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy beside the damaged file.",
     "最近一次完好的备份创建于 %1，包含 %n 个商机。选择“是”将其作为副本在损坏文件旁打开。",
     ["Ostatnia dobra kopia zapasowa pochodzi z %1 i zawiera %n szansę sprzedaży. Wybierz Tak, aby otworzyć ją jako kopię obok uszkodzonego pliku.",
      "Ostatnia dobra kopia zapasowa pochodzi z %1 i zawiera %n szanse sprzedaży. Wybierz Tak, aby otworzyć ją jako kopię obok uszkodzonego pliku.",
      "Ostatnia dobra kopia zapasowa pochodzi z %1 i zawiera %n szans sprzedaży. Wybierz Tak, aby otworzyć ją jako kopię obok uszkodzonego pliku."]),
    ("WorkspaceFileController", "No backup of it was found in %1. If you have a copy elsewhere (a colleague, e-mail, a USB stick), open that instead.",
     "在 %1 中没有找到它的备份。如果您在别处有副本（同事、电子邮件、U 盘），请改为打开该副本。",
     "Nie znaleziono jego kopii zapasowej w %1. Jeśli masz kopię gdzie indziej (u współpracownika, w e-mailu, na pendrivie), otwórz ją."),
    ("Storage", "%1 is damaged (%2). It was opened before the check could finish; from now on nothing is written to it.",
     "%1 已损坏（%2）。文件在完整性检查完成之前就已打开；从现在起不会再向其中写入任何内容。",
     "Plik %1 jest uszkodzony (%2). Otwarto go, zanim sprawdzanie się zakończyło; od teraz nic nie zostanie do niego zapisane."),
]
