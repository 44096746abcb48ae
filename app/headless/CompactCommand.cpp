// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompactCommand.h"

#include "CommandArguments.h"

#include "core/storage/StorageError.h"
#include "core/storage/WorkspaceCompaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace CompactCommand {
namespace {
using enum CommandArguments::ExitCode;

QString tr(const char* text)
{
    return QCoreApplication::translate("CompactCommand", text);
}
} // namespace

int run(const QStringList& arguments)
{
    return CommandArguments::runOnConsole(&run, arguments);
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lays a workspace file out afresh; the data does not change."));
    parser.addOptions({{QStringLiteral("workspace"), tr("The workspace file to compact."), tr("FILE")}});
    parser.addHelpOption();
    if (const auto done = CommandArguments::parseRequiring(
            parser, arguments, out, err, QStringLiteral("workspace"), tr("compact needs --workspace FILE."))) {
        return *done;
    }
    const QString path = parser.value(QStringLiteral("workspace"));
    QElapsedTimer timer;
    timer.start();
    WorkspaceCompaction::Result result;
    try {
        result = WorkspaceCompaction::runOnFile(path);
    } catch (const StorageError& error) {
        err << error.message().simplified() << '\n';
        return Failed;
    }
    const QLocale locale;
    out << tr("Compacted %1: %2 before, %3 after, in %4 s.")
               .arg(QFileInfo(path).fileName(),
                    locale.formattedDataSize(result.bytesBefore),
                    locale.formattedDataSize(result.bytesAfter),
                    locale.toString(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1))
        << '\n';
    out.flush();
    return Ok;
}

} // namespace CompactCommand
