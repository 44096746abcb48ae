// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "app/CommandLine.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "ui/report/ReportExport.h"
#include "ui/settings/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace ReportCommand {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportCommand", text);
}

int usage(QTextStream& err, const QString& message)
{
    err << message << '\n'
        << tr("Usage: dealbench report weekly|scorecard|strategy|v2mom --workspace FILE [--period 2026-W47] "
              "[--owner NAME] [--deal ID] [--format pdf|html|csv] [--page a4|letter] [--bom] [--language CODE] "
              "[--as-of TIME] --out FILE")
        << '\n';
    err.flush();
    return CommandLine::BadUsage;
}

int failed(QTextStream& err, const QString& message)
{
    err << message << '\n';
    err.flush();
    return CommandLine::Failed;
}
} // namespace

int main(int argc, char* argv[])
{
    // Reports are drawn, never shown: no display server is needed (cron, CI).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), out, err);
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace file."), tr("FILE"));
    const QCommandLineOption periodOption(
        QStringLiteral("period"), tr("ISO week 2026-W47, month 2026-11, quarter 2026-Q4 or year 2026."), tr("PERIOD"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), tr("A rep or manager, by name or id."), tr("NAME"));
    const QCommandLineOption dealOption(QStringLiteral("deal"), tr("A deal id (strategy brief)."), tr("ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("pdf, html or csv."), tr("FORMAT"));
    const QCommandLineOption pageOption(QStringLiteral("page"), tr("a4 or letter (PDF)."), tr("SIZE"));
    const QCommandLineOption bomOption(QStringLiteral("bom"), tr("CSV with a byte-order mark, for Excel."));
    const QCommandLineOption languageOption(QStringLiteral("language"), tr("en, zh_CN, pl ..."), tr("CODE"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), tr("Report as of this UTC moment, ISO 8601 (default: now)."), tr("TIME"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."), tr("FILE"));
    parser.addOptions({workspaceOption,
                       periodOption,
                       ownerOption,
                       dealOption,
                       formatOption,
                       pageOption,
                       bomOption,
                       languageOption,
                       asOfOption,
                       outOption});
    parser.addPositionalArgument(QStringLiteral("kind"), tr("weekly, scorecard, strategy or v2mom"));
    // arguments: [program, "report", kind, options...]; parse() skips the first as the program
    if (!parser.parse(arguments.mid(1))) {
        return usage(err, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usage(err, tr("Name one report: weekly, scorecard, strategy or v2mom."));
    }
    const std::optional<ReportKind> kind = ReportKinds::fromKey(positional.at(0));
    if (!kind) {
        return usage(err, tr("Unknown report %1.").arg(positional.at(0)));
    }
    if (!parser.isSet(workspaceOption) || !parser.isSet(outOption)) {
        return usage(err, tr("--workspace and --out are required."));
    }
    const QString outPath = parser.value(outOption);
    ReportExport::Options options;
    const QString formatText =
        parser.isSet(formatOption) ? parser.value(formatOption) : QFileInfo(outPath).suffix().toLower();
    const auto format = ReportExport::formatFromKey(formatText);
    if (!format) {
        return usage(err, tr("Unknown format %1: use pdf, html or csv.").arg(formatText));
    }
    options.format = *format;
    if (parser.isSet(pageOption)) {
        const auto page = ReportExport::pageFromKey(parser.value(pageOption));
        if (!page) {
            return usage(err, tr("Unknown page size %1: use a4 or letter.").arg(parser.value(pageOption)));
        }
        options.page = *page;
    }
    options.byteOrderMark = parser.isSet(bomOption);
    options.locale = Translations::install(parser.isSet(languageOption)
                                               ? parser.value(languageOption)
                                               : Settings::instance().value(Settings::Key::Language).toString());

    ReportRequest request;
    request.kind = *kind;
    if (parser.isSet(periodOption)) {
        request.range = ReportRange::parse(parser.value(periodOption));
        if (!request.range) {
            return usage(err, tr("Cannot read the period %1.").arg(parser.value(periodOption)));
        }
    }
    request.owner = parser.value(ownerOption);
    request.deal = parser.value(dealOption);
    request.locale = options.locale;
    request.fiscalYearStartMonth =
        qBound(1, Settings::instance().value(Settings::Key::FiscalYearStartMonth).toInt(), 12);

    const QString workspacePath = parser.value(workspaceOption);
    if (!QFileInfo(workspacePath).isFile()) {
        return failed(err, tr("No workspace file %1.").arg(QDir::toNativeSeparators(workspacePath)));
    }
    std::unique_ptr<Workspace> workspace;
    try {
        workspace = Workspace::open(workspacePath, Database::Access::ReadOnly, Clock::system());
    } catch (const StorageError& error) {
        return failed(err, error.message());
    }
    request.now = workspace->clock().nowUtc();
    if (parser.isSet(asOfOption)) {
        request.now = QDateTime::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!request.now.isValid()) {
            return usage(err, tr("Cannot read the time %1.").arg(parser.value(asOfOption)));
        }
        request.now = request.now.toUTC();
    }
    const ReportBuilder::Outcome outcome = ReportBuilder::build(*workspace, request);
    if (!outcome.document) {
        return outcome.badRequest ? usage(err, outcome.error) : failed(err, outcome.error);
    }
    QString error;
    const QStringList written = ReportExport::write(*outcome.document, options, outPath, &error);
    if (written.isEmpty()) {
        return failed(err, error);
    }
    for (const QString& path : written) {
        out << QDir::toNativeSeparators(path) << '\n';
    }
    out.flush();
    return CommandLine::Ok;
}

} // namespace ReportCommand
