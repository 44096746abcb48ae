// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CommandArguments.h"

#include "core/exchange/DealImport.h"
#include "core/exchange/ImportPresets.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace ImportCommand {
namespace {
using enum CommandArguments::ExitCode;

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

constexpr int kNotesShown = 20;

void printNotes(const QList<ImportRowNote>& notes, const CsvDocument& file, const QString& title, QTextStream& out)
{
    if (notes.isEmpty()) {
        return;
    }
    out << "  " << title << '\n';
    for (qsizetype i = 0; i < notes.size() && i < kNotesShown; ++i) {
        const ImportRowNote& note = notes.at(i);
        if (note.row >= 0 && note.row < file.rowLines.size()) {
            out << "    " << tr("line %1: %2").arg(file.rowLines.at(note.row)).arg(note.message) << '\n';
        } else {
            out << "    " << note.message << '\n';
        }
    }
    if (notes.size() > kNotesShown) {
        out << "    " << tr("… and %1 more").arg(notes.size() - kNotesShown) << '\n';
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
    parser.setApplicationDescription(tr("Imports deals from another CRM's CSV export into a workspace."));
    parser.addOption({QStringLiteral("workspace"), tr("The workspace file (created when missing)."), tr("FILE")});
    parser.addOption({QStringLiteral("currency"),
                      tr("Base currency of a new workspace and of amounts without "
                         "one (default USD)."),
                      tr("CUR")});
    parser.addOption({QStringLiteral("preset"),
                      tr("salesforce, salesforce-report, hubspot, pipedrive or generic (default: detected)."),
                      tr("PRESET")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."), tr("FILE.csv"));
    parser.addPositionalArgument(
        QStringLiteral("history"), tr("Salesforce OpportunityHistory.csv (optional)."), tr("[HISTORY.csv]"));
    parser.addHelpOption();
    if (const auto done = CommandArguments::parse(parser, arguments, out, err)) {
        return *done;
    }
    const QString workspacePath = parser.value(QStringLiteral("workspace"));
    const QStringList files = parser.positionalArguments();
    const QString preset = parser.value(QStringLiteral("preset"));
    const QString currency = parser.value(QStringLiteral("currency")).toUpper();
    if (workspacePath.isEmpty() || files.isEmpty() || files.size() > 2) {
        err << tr("Usage: dealbench import --workspace FILE [--currency CUR] --preset "
                  "salesforce|salesforce-report|hubspot|pipedrive|generic FILE.csv [HISTORY.csv]")
            << '\n';
        return BadUsage;
    }
    if (!preset.isEmpty() && !ImportPresets::isKnown(preset)) {
        err << tr("Unknown preset \"%1\"; use one of: %2").arg(preset, ImportPresets::keys().join(QStringLiteral(", ")))
            << '\n';
        return BadUsage;
    }
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.isEmpty() && !isoCode.match(currency).hasMatch()) {
        err << tr("--currency takes an ISO 4217 code such as USD, EUR or CNY.") << '\n';
        return BadUsage;
    }

    // The file is read and checked before the workspace is touched.
    const CsvDocument file = CsvDocument::read(files.first());
    if (!file.ok()) {
        err << tr("%1: not imported: %2").arg(files.first(), file.error) << '\n';
        return Failed;
    }
    std::optional<CsvDocument> history;
    if (files.size() == 2) {
        history = CsvDocument::read(files.at(1));
        if (!history->ok() || !ImportPresets::isStageHistory(history->header)) {
            err << tr("%1: not imported: it is not a Salesforce OpportunityHistory.csv (%2)")
                       .arg(files.at(1),
                            history->ok() ? tr("OpportunityId, StageName and CreatedDate are needed") : history->error)
                << '\n';
            return Failed;
        }
    }
    ImportMapping mapping =
        ImportPresets::mapping(preset.isEmpty() ? ImportPresets::detect(file.header) : preset, file.header);
    mapping.defaultCurrency = currency;
    if (mapping.columns.isEmpty()) {
        err << tr("%1: not imported: no column matches the %2 preset.").arg(files.first(), mapping.preset) << '\n';
        return Failed;
    }

    const bool existed = QFileInfo::exists(workspacePath);
    ImportReport report;
    try {
        std::unique_ptr<Workspace> workspace;
        if (existed) {
            workspace = Workspace::open(workspacePath, Database::Access::ReadWrite, Clock::system());
        } else {
            Workspace::CreateOptions options;
            options.baseCurrency = currency.isEmpty() ? QStringLiteral("USD") : currency;
            workspace = Workspace::create(workspacePath, options, Clock::system());
        }
        report = DealImport::run(
            workspace->database(), file, mapping, history ? &*history : nullptr, Clock::system().nowUtc());
    } catch (const StorageError& error) {
        report.ok = false;
        report.error = error.message();
    }
    if (!report.ok) {
        if (!existed) {
            QFile::remove(workspacePath); // a workspace made for a refused file is not left behind
        }
        err << tr("%1: not imported: %2").arg(files.first(), report.error) << '\n';
        return Failed;
    }

    const QLocale locale;
    out << tr("%1: %2 rows read (%3, %4 delimited), preset %5")
               .arg(QFileInfo(files.first()).fileName(),
                    locale.toString(report.rowsRead),
                    TextEncodings::displayName(file.encoding),
                    file.delimiter == u'\t'  ? tr("tab")
                    : file.delimiter == u';' ? tr("semicolon")
                    : file.delimiter == u',' ? tr("comma")
                                             : QString(file.delimiter),
                    mapping.preset)
        << '\n';
    out << "  "
        << tr("deals: %1 created, %2 updated; skipped rows: %3")
               .arg(locale.toString(report.dealsCreated),
                    locale.toString(report.dealsUpdated),
                    locale.toString(report.skipped.size()))
        << '\n';
    out << "  "
        << tr("accounts: %1 created, %2 existing linked; owners: %3 created, %4 existing linked; "
              "contacts: %5 created; stages: %6 created")
               .arg(locale.toString(report.accountsCreated),
                    locale.toString(report.accountsLinked),
                    locale.toString(report.ownersCreated),
                    locale.toString(report.ownersLinked),
                    locale.toString(report.contactsCreated),
                    locale.toString(report.stagesCreated))
        << '\n';
    if (report.footerLines > 0) {
        out << "  " << tr("%1 report footer lines after the data were left out").arg(report.footerLines) << '\n';
    }
    for (const CsvReader::Problem& problem : report.fileProblems) {
        out << "  " << tr("line %1: %2").arg(problem.line).arg(problem.message) << '\n';
    }
    printNotes(report.skipped, file, tr("Skipped rows:"), out);
    printNotes(report.warnings, file, tr("Warnings:"), out);
    out << "  " << tr("import %1 (can be reverted as a whole in the application)").arg(report.batch.id) << '\n';
    return Ok;
}

} // namespace ImportCommand
