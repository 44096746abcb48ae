// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfoCommand.h"

#include "CommandArguments.h"

#include "core/domain/Money.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/storage/WorkspaceSummaryQuery.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace InfoCommand {
namespace {
using enum CommandArguments::ExitCode;

QString tr(const char* text)
{
    return QCoreApplication::translate("InfoCommand", text);
}

QJsonObject amountsJson(const QMap<QString, qint64>& amounts)
{
    QJsonObject object;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

QString amountsText(const QLocale& locale, const QMap<QString, qint64>& amounts)
{
    if (amounts.isEmpty()) {
        return tr("none");
    }
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        const Money money{it.value(), it.key()};
        parts.append(locale.toString(money.majorUnits(), 'f', Money::minorDigits(it.key())) + QLatin1Char(' ') +
                     it.key());
    }
    return parts.join(QStringLiteral(", "));
}

void writeText(QTextStream& out, const QString& path, const QString& name, const WorkspaceSummary& s)
{
    const QLocale locale;
    QList<std::pair<QString, QString>> rows = {
        {tr("Workspace"), name},
        {tr("File"), QFileInfo(path).absoluteFilePath()},
        {tr("Format version"), locale.toString(s.schemaVersion)},
        {tr("Open deals"), locale.toString(s.openDeals)},
        {tr("Won deals"), locale.toString(s.wonDeals)},
        {tr("Lost deals"), locale.toString(s.lostDeals)},
        {tr("Open amount"), amountsText(locale, s.openAmounts)},
        {tr("Won amount"), amountsText(locale, s.wonAmounts)},
        {tr("Lost amount"), amountsText(locale, s.lostAmounts)},
        {tr("Accounts"), locale.toString(s.accounts)},
        {tr("Contacts"), locale.toString(s.contacts)},
        {tr("Owners"), locale.toString(s.owners)},
        {tr("Interactions"), locale.toString(s.interactions)},
        {tr("Deal events"), locale.toString(s.dealEvents)},
    };
    qsizetype width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    for (const auto& row : rows) {
        out << QString(row.first + QLatin1Char(':')).leftJustified(width + 2) << row.second << '\n';
    }
    if (s.stages.isEmpty()) {
        return;
    }
    out << '\n' << tr("Open deals by stage:") << '\n';
    qsizetype stageWidth = 0;
    for (const auto& stage : s.stages) {
        stageWidth = std::max(stageWidth, stage.pipeline.size() + 3 + stage.stage.size());
    }
    for (const auto& stage : s.stages) {
        out << "  " << QString(stage.pipeline + QStringLiteral(" / ") + stage.stage).leftJustified(stageWidth + 2)
            << locale.toString(stage.openDeals).rightJustified(8) << '\n';
    }
}
} // namespace

QJsonObject toJson(const WorkspaceSummary& summary)
{
    QJsonArray stages;
    for (const auto& stage : summary.stages) {
        stages.append(QJsonObject{{QStringLiteral("pipeline"), stage.pipeline},
                                  {QStringLiteral("name"), stage.stage},
                                  {QStringLiteral("open_deals"), stage.openDeals}});
    }
    return QJsonObject{
        {QStringLiteral("schema_version"), summary.schemaVersion},
        {QStringLiteral("deals"),
         QJsonObject{{QStringLiteral("open"), summary.openDeals},
                     {QStringLiteral("won"), summary.wonDeals},
                     {QStringLiteral("lost"), summary.lostDeals}}},
        {QStringLiteral("amounts_minor"),
         QJsonObject{{QStringLiteral("open"), amountsJson(summary.openAmounts)},
                     {QStringLiteral("won"), amountsJson(summary.wonAmounts)},
                     {QStringLiteral("lost"), amountsJson(summary.lostAmounts)}}},
        {QStringLiteral("accounts"), summary.accounts},
        {QStringLiteral("contacts"), summary.contacts},
        {QStringLiteral("owners"), summary.owners},
        {QStringLiteral("interactions"), summary.interactions},
        {QStringLiteral("deal_events"), summary.dealEvents},
        {QStringLiteral("stages"), stages},
    };
}

int run(const QStringList& arguments)
{
    return CommandArguments::runOnConsole(&run, arguments);
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows what is in a workspace file."));
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace file to read."), tr("FILE")},
        {QStringLiteral("json"), tr("Print JSON for scripts instead of text.")},
    });
    parser.addHelpOption();
    if (const auto done = CommandArguments::parseRequiring(
            parser, arguments, out, err, QStringLiteral("workspace"), tr("info needs --workspace FILE."))) {
        return *done;
    }
    const QString path = parser.value(QStringLiteral("workspace"));
    WorkspaceSummary summary;
    QString name;
    try {
        const auto database = Database::open(path, {Database::Access::ReadOnly, false});
        summary = WorkspaceSummaryQuery::run(*database);
        name = WorkspaceMetaRepository(*database, Clock::system()).name();
    } catch (const StorageError& error) {
        // The messages can span lines (SQLite's own text); scripts get one.
        err << error.message().simplified() << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(toJson(summary)).toJson(QJsonDocument::Indented);
    } else {
        writeText(out, path, name.isEmpty() ? QFileInfo(path).completeBaseName() : name, summary);
    }
    out.flush();
    return Ok;
}

} // namespace InfoCommand
