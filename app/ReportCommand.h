// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// `dealbench report weekly|scorecard|strategy|v2mom --workspace F [--period 2026-W47]
// [--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] [--bom]
// [--language CODE] --out FILE`. Charts need QtGui (and Qt Charts' graphics items), so it runs
// in the GUI binary on the offscreen platform: no display needed, usable from cron.
// Exit codes: 0 written (the files on stdout, one per line), 1 the workspace cannot be read or
// the file cannot be written, 2 bad usage (unknown report, owner or deal, bad period ...);
// errors are one line on stderr.
namespace ReportCommand {

// Creates the application object itself (offscreen) and runs.
int main(int argc, char* argv[]);
// With an application object already there (tests).
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace ReportCommand
