// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Chooses a QCoreApplication for headless subcommands (they link core only) and a
// QApplication for the GUI, then hands over.
#include "app/Application.h"
#include "app/CommandLine.h"
#include "app/ReportCommand.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dealbench"));
    QCoreApplication::setApplicationName(QStringLiteral("Dealbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALBENCH_VERSION));

    // Reports draw charts: a GUI application on the offscreen platform, not a core-only one.
    if (argc >= 2 && std::strcmp(argv[1], "report") == 0) {
        return ReportCommand::main(argc, argv);
    }
    if (CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        Application::installTranslators();
        return CommandLine::runHeadless(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    Application::installTranslators();
    Application application;
    const int status = application.start(QCoreApplication::arguments());
    if (status >= 0) {
        return status;
    }
    return QApplication::exec();
}
