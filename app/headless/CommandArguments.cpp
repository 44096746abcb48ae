// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandArguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CommandArguments {

int runOnConsole(Command command, const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return command(arguments, out, err);
}

std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

std::optional<int> parseRequiring(QCommandLineParser& parser,
                                  const QStringList& arguments,
                                  QTextStream& out,
                                  QTextStream& err,
                                  const QString& option,
                                  const QString& missingMessage)
{
    if (const auto done = parse(parser, arguments, out, err)) {
        return done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("CommandArguments", "Unexpected argument: %1")
                   .arg(parser.positionalArguments().first())
            << '\n';
        return BadUsage;
    }
    if (!parser.isSet(option)) {
        err << missingMessage << '\n';
        return BadUsage;
    }
    return std::nullopt;
}

} // namespace CommandArguments
