// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeCommand.h"

#include "CommandArguments.h"

#include "core/exchange/WorkspaceMerge.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/WorkspaceBackups.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace MergeCommand {
namespace {
using enum CommandArguments::ExitCode;

QString tr(const char* text)
{
    return QCoreApplication::translate("MergeCommand", text);
}

// At most this many issues are printed per file; the merge log in the team file has them all.
constexpr int kIssuesShown = 20;

void printIssues(const QList<MergeIssue>& issues, const QString& title, QTextStream& out)
{
    if (issues.isEmpty()) {
        return;
    }
    out << "  " << title << '\n';
    for (qsizetype i = 0; i < issues.size() && i < kIssuesShown; ++i) {
        const MergeIssue& issue = issues.at(i);
        out << "    " << issue.table << ' ' << issue.rowKey << ": " << issue.reason << '\n';
    }
    if (issues.size() > kIssuesShown) {
        out << "    " << tr("… and %1 more (see the merge log in the team file)").arg(issues.size() - kIssuesShown)
            << '\n';
    }
}
} // namespace

int run(const QStringList& arguments)
{
    return CommandArguments::runOnConsole(&run, arguments);
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports team members' workspace files into a team workspace by row id: "
                                        "newer rows win, deletions carry over, conflicts are listed."));
    parser.addOption({QStringLiteral("into"), tr("The team workspace to import into."), tr("TEAM")});
    parser.addPositionalArgument(QStringLiteral("files"), tr("The team members' workspace files."), tr("REP..."));
    parser.addHelpOption();
    if (const auto done = CommandArguments::parse(parser, arguments, out, err)) {
        return *done;
    }
    const QString into = parser.value(QStringLiteral("into"));
    const QStringList files = parser.positionalArguments();
    if (into.isEmpty() || files.isEmpty()) {
        err << tr("Usage: dealbench merge --into TEAM.dealbench REP.dealbench...") << '\n';
        return BadUsage;
    }
    std::unique_ptr<Database> target;
    try {
        Database::OpenOptions options{Database::Access::ReadWrite, false};
        options.beforeMigration = WorkspaceBackups::migrationHook(Clock::system());
        target = Database::open(into, options);
        WorkspaceBackups::beforeRiskyChange(*target, Clock::system(), QStringLiteral("merge"));
    } catch (const StorageError& error) {
        err << error.message() << '\n';
        return Failed;
    }
    const QLocale locale;
    int failures = 0;
    for (const QString& file : files) {
        const MergeResult result = WorkspaceMerge::merge(*target, file, Clock::system());
        if (!result.ok) {
            err << tr("%1: not imported: %2").arg(file, result.error) << '\n';
            ++failures;
            continue;
        }
        out << tr("%1: %2 new rows, %3 updated, %4 conflicts, %5 rows left out")
                   .arg(QFileInfo(file).fileName(),
                        locale.toString(result.inserted),
                        locale.toString(result.updated),
                        locale.toString(result.conflicts.size()),
                        locale.toString(result.rejected.size()))
            << '\n';
        printIssues(result.conflicts, tr("Conflicts (the newer version was kept):"), out);
        printIssues(result.rejected, tr("Rows left out:"), out);
    }
    return failures == 0 ? Ok : Failed;
}

} // namespace MergeCommand
