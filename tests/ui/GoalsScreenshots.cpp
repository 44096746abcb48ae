// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Goals area offscreen for looking at it: the main window on a workspace, with the
// sheet, alignment and refresh tabs, in the light and the dark theme. Not a test (never in
// ctest): `GoalsScreenshots FILE OUTDIR [LOCALE]` writes OUTDIR/goals-{sheet,cascade,refresh}-{light,dark}.png
// (with -LOCALE appended when a locale such as zh_CN is given).
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Theme.h"
#include "ui/goals/GoalsPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/Translations.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 && args.size() != 4) {
        QTextStream(stderr) << "usage: GoalsScreenshots FILE OUTDIR [LOCALE]\n";
        return 2;
    }
    const QString localeName = args.value(3);
    if (!localeName.isEmpty()) {
        Translations::install(localeName); // the UI in that language, not only its dates
    }
    auto settings = Settings::createTemporary();
    Settings::overrideInstance(settings.get());
    MessageBox::setNonInteractive(true);
    QDir().mkpath(args[2]);
    int failures = 0;
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        Theme::apply(theme);
        MainWindow window;
        auto* page = new GoalsPage;
        window.setAreaWidget(Area::Goals, page);
        QObject::connect(&window, &MainWindow::workspaceChanged, page, [&window, page](Workspace* workspace) {
            page->setWorkspace(workspace, window.undoStack());
        });
        if (!window.openWorkspace(args[1])) {
            return 1;
        }
        window.setCurrentArea(Area::Goals);
        window.resize(1280, 800);
        window.show();
        const char* const names[] = {"sheet", "cascade", "refresh"};
        for (int tab = 0; tab < 3; ++tab) {
            page->tabs()->setCurrentIndex(tab);
            QTest::qWait(200);
            const QString path = QDir(args[2]).filePath(
                QStringLiteral("goals-%1-%2%3.png")
                    .arg(QLatin1String(names[tab]), theme, localeName.isEmpty() ? QString() : u'-' + localeName));
            if (!window.grab().save(path, "PNG")) {
                ++failures;
            }
        }
    }
    Settings::overrideInstance(nullptr);
    return failures == 0 ? 0 : 1;
}
