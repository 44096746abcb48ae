// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The command line: `dealbench [FILE]` opens the GUI; subcommands run headless and use
// exit codes 0 (ok), 1 (failed), 2 (bad usage), printing errors to stderr.
namespace CommandLine {

enum ExitCode
{
    Ok = 0,
    Failed = 1,
    BadUsage = 2,
};

bool isHeadless(int argc, char* argv[]);
int runHeadless(const QStringList& arguments);

} // namespace CommandLine
