# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The command-line usage text: the syntax stays as it is, only the words around it change.
USAGE = (
    "Usage: dealbench [FILE]                open FILE (or the demo workspace) in the window\n"
    "         [--theme system|light|dark] [--language system|en|zh_CN|pl] [--area AREA] [--welcome]\n"
    "         [--screenshot PNG [--size WxH]]\n"
    "       dealbench generate --out FILE [--deals N] [--reps R] [--seed S]\n"
    "       dealbench import --workspace FILE [--currency CUR] [--preset PRESET] FILE.csv [HISTORY.csv]\n"
    "       dealbench info --workspace FILE [--json]\n"
    "       dealbench merge --into TEAM.dealbench REP.dealbench...\n"
    "       dealbench compact --workspace FILE\n"
    "       dealbench report weekly|scorecard|strategy|v2mom --workspace FILE [--period 2026-W47]\n"
    "         [--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] --out FILE\n"
    "       dealbench --version\n"
)


def _localised(usage, word, phrase):
    return usage.replace("Usage: ", word, 1).replace("open FILE (or the demo workspace) in the window", phrase, 1)


E = [
    ("CommandLine", USAGE,
     _localised(USAGE, "用法：", "在窗口中打开 FILE（或演示工作区）"),
     _localised(USAGE, "Użycie: ", "otwiera FILE (lub przestrzeń demonstracyjną) w oknie")),
]
