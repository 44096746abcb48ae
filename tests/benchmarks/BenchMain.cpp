// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// dealbench_bench [--data DIR] [--today YYYY-MM-DD] [--list] [CASE...]: runs the named cases (all when none).
// A QApplication (offscreen under scripts/bench) so cases may time views and painting.
#include "BenchHarness.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <exception>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data"),
                      QStringLiteral("Folder for generated workspaces."),
                      QStringLiteral("DIR"),
                      QStringLiteral("bench-data")});
    parser.addOption({QStringLiteral("today"),
                      QStringLiteral("The day the workspace is generated for and measured on (default: today); "
                                     "reuses a workspace generated on that day."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the cases.")});
    parser.addPositionalArgument(QStringLiteral("case"), QStringLiteral("Cases to run (default: all)."));
    parser.process(app);

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("list"))) {
        for (const BenchCase& c : BenchRegistry::cases()) {
            out << c.name << Qt::endl;
        }
        return 0;
    }
    const QStringList wanted = parser.positionalArguments();
    for (const QString& name : wanted) {
        bool known = false;
        for (const BenchCase& c : BenchRegistry::cases()) {
            known = known || c.name == name;
        }
        if (!known) {
            std::fprintf(stderr, "unknown case: %s (see --list)\n", qPrintable(name));
            return 2;
        }
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            std::fprintf(stderr, "--today takes a date as YYYY-MM-DD\n");
            return 2;
        }
    }
    BenchContext context(parser.value(QStringLiteral("data")), today);
    int failures = 0;
    for (const BenchCase& c : BenchRegistry::cases()) {
        if (!wanted.isEmpty() && !wanted.contains(c.name)) {
            continue;
        }
        try {
            c.run(context);
        } catch (const std::exception& error) {
            std::fprintf(stderr, "case=%s failed: %s\n", qPrintable(c.name), error.what());
            ++failures;
        }
    }
    return failures ? 1 : 0;
}
