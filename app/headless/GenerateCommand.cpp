// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateCommand.h"

#include "CommandArguments.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace GenerateCommand {
namespace {
using enum CommandArguments::ExitCode;

QString tr(const char* text)
{
    return QCoreApplication::translate("GenerateCommand", text);
}

// Runs large enough to take a few seconds show a percentage.
constexpr int kProgressFromDeals = 5000;

bool readCount(const QCommandLineParser& parser, const QString& name, int minimum, int& value, QTextStream& err)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < minimum) {
        err << tr("--%1 needs a whole number of at least %2, not \"%3\".")
                   .arg(name)
                   .arg(minimum)
                   .arg(parser.value(name))
            << '\n';
        return false;
    }
    value = parsed;
    return true;
}
} // namespace

int run(const QStringList& arguments)
{
    return CommandArguments::runOnConsole(&run, arguments);
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a deterministic demo or benchmark workspace."));
    parser.addOptions({
        {QStringLiteral("out"), tr("The workspace file to create (must not exist)."), tr("FILE")},
        {QStringLiteral("deals"), tr("Number of deals (default 300)."), tr("N")},
        {QStringLiteral("reps"), tr("Number of reps (default 8)."), tr("R")},
        {QStringLiteral("managers"), tr("Number of managers the reps report to (default 2)."), tr("M")},
        {QStringLiteral("seed"), tr("Seed of the random choices (default 42)."), tr("S")},
        {QStringLiteral("today"), tr("The day the history ends (default: today)."), tr("YYYY-MM-DD")},
        {QStringLiteral("interactions-per-deal"), tr("Average interactions per deal (default 10)."), tr("K")},
        {QStringLiteral("currency"), tr("Base currency of the workspace (default USD)."), tr("CUR")},
    });
    parser.addHelpOption();
    if (const auto done = CommandArguments::parseRequiring(
            parser, arguments, out, err, QStringLiteral("out"), tr("generate needs --out FILE."))) {
        return *done;
    }

    DemoOptions options;
    options.today = QDate::currentDate();
    if (!readCount(parser, QStringLiteral("deals"), 0, options.deals, err) ||
        !readCount(parser, QStringLiteral("reps"), 1, options.reps, err) ||
        !readCount(parser, QStringLiteral("managers"), 0, options.managers, err) ||
        !readCount(parser, QStringLiteral("interactions-per-deal"), 0, options.interactionsPerDeal, err)) {
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << tr("--seed needs a whole number, not \"%1\".").arg(parser.value(QStringLiteral("seed"))) << '\n';
            return BadUsage;
        }
    }
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            err << tr("--today needs a date such as 2026-06-30, not \"%1\".").arg(parser.value(QStringLiteral("today")))
                << '\n';
            return BadUsage;
        }
    }
    if (parser.isSet(QStringLiteral("currency"))) {
        options.baseCurrency = parser.value(QStringLiteral("currency")).toUpper();
    }

    const QString path = parser.value(QStringLiteral("out"));
    if (QFileInfo::exists(path)) {
        err << tr("%1 exists already; choose another file or remove it first.").arg(path) << '\n';
        return Failed;
    }
    const bool showProgress = options.deals >= kProgressFromDeals;
    int shown = -1;
    auto progress = [&](double share) {
        const int percent = static_cast<int>(share * 100);
        if (showProgress && percent != shown) {
            shown = percent;
            err << '\r' << tr("Generating... %1 %").arg(percent) << Qt::flush;
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    DemoResult result;
    try {
        result = DemoGenerator::generate(path, options, progress);
    } catch (const StorageError& error) {
        if (showProgress) {
            err << '\n';
        }
        err << error.message() << '\n';
        return error.kind() == StorageError::Kind::InvalidInput && !QFileInfo::exists(path) ? BadUsage : Failed;
    }
    if (showProgress) {
        err << '\n';
    }
    const QLocale locale;
    err << tr("Wrote %1: %2 deals, %3 deal events, %4 interactions, %5 accounts, %6 contacts, %7 leads, %8 owners "
              "in %9 s.")
               .arg(path,
                    locale.toString(result.deals),
                    locale.toString(result.dealEvents),
                    locale.toString(result.interactions),
                    locale.toString(result.accounts),
                    locale.toString(result.contacts),
                    locale.toString(result.leads),
                    locale.toString(result.owners),
                    locale.toString(timer.elapsed() / 1000.0, 'f', 1))
        << '\n';
    return Ok;
}

} // namespace GenerateCommand
