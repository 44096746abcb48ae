// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

// What every headless command (`dealbench generate|info|compact|import|merge`) does the same
// way: its exit codes, its parse errors and --help, and running on the console.
namespace CommandArguments {
enum ExitCode
{
    Ok = 0,
    Failed = 1,
    BadUsage = 2,
};

using Command = int (*)(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Runs a command with the process's stdout and stderr.
int runOnConsole(Command command, const QStringList& arguments);

// Parses the arguments. Returns the exit code when the command is done already: the parse
// failed (the error on err, BadUsage) or --help was asked for (the help on out, Ok).
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err);

// parse(), and for commands that take no positional arguments and need `option`: an
// unexpected argument, or a missing option (`missingMessage` on err), ends with BadUsage.
std::optional<int> parseRequiring(QCommandLineParser& parser,
                                  const QStringList& arguments,
                                  QTextStream& out,
                                  QTextStream& err,
                                  const QString& option,
                                  const QString& missingMessage);
} // namespace CommandArguments
