// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "app/headless/CompactCommand.h"
#include "app/headless/GenerateCommand.h"
#include "app/headless/ImportCommand.h"
#include "app/headless/InfoCommand.h"
#include "app/headless/MergeCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {
const char* const kSubcommands[] = {
    "compact", "generate", "import", "info", "merge", "--version", "-v", "--help", "-h"};

void printUsage(QTextStream& out)
{
    out << QCoreApplication::translate(
        "CommandLine",
        "Usage: dealbench [FILE]                open FILE (or the demo workspace) in the "
        "window\n"
        "         [--theme system|light|dark] [--language system|en|zh_CN|pl] [--area AREA] [--welcome]\n"
        "         [--screenshot PNG [--size WxH]]\n"
        "       dealbench generate --out FILE [--deals N] [--reps R] [--seed S]\n"
        "       dealbench import --workspace FILE [--currency CUR] [--preset PRESET] FILE.csv [HISTORY.csv]\n"
        "       dealbench info --workspace FILE [--json]\n"
        "       dealbench merge --into TEAM.dealbench REP.dealbench...\n"
        "       dealbench compact --workspace FILE\n"
        "       dealbench report weekly|scorecard|strategy|v2mom --workspace FILE [--period 2026-W47]\n"
        "         [--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] --out FILE\n"
        "       dealbench --version\n");
}
} // namespace

namespace CommandLine {

bool isHeadless(int argc, char* argv[])
{
    if (argc < 2) {
        return false;
    }
    for (const char* command : kSubcommands) {
        if (std::strcmp(argv[1], command) == 0) {
            return true;
        }
    }
    return false;
}

int runHeadless(const QStringList& arguments)
{
    QTextStream out(stdout);
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(out);
        return Ok;
    }
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("generate")) {
        return GenerateCommand::run(rest);
    }
    if (command == QLatin1String("import")) {
        return ImportCommand::run(rest);
    }
    if (command == QLatin1String("info")) {
        return InfoCommand::run(rest);
    }
    if (command == QLatin1String("compact")) {
        return CompactCommand::run(rest);
    }
    if (command == QLatin1String("merge")) {
        return MergeCommand::run(rest);
    }
    QTextStream err(stderr);
    printUsage(err);
    return BadUsage;
}

} // namespace CommandLine
