// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the rep's tables on a demo workspace, light and dark (not a test: run by hand,
// `tables_shots OUTPUT_DIR`, offscreen). Writes tables-<page>-<theme>.png.
#include "core/demo/DemoGenerator.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/workspace/Workspace.h"
#include "tests/support/MockClock.h"
#include "ui/common/Theme.h"
#include "ui/tables/AccountsPage.h"
#include "ui/tables/BehaviourPage.h"
#include "ui/tables/BehaviourTableWidget.h"
#include "ui/tables/StrategyPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <cstdio>

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

void shoot(QWidget& widget, const QString& dir, const QString& name, const QString& theme)
{
    widget.show();
    settle();
    const QString path = QDir(dir).filePath(QStringLiteral("tables-%1-%2.png").arg(name, theme));
    widget.grab().save(path);
    std::fprintf(stdout, "%s\n", qPrintable(path));
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("build-shots");
    QDir().mkpath(out);
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("demo.dealbench"));
    DemoOptions options;
    options.today = QDate(2026, 11, 18);
    options.deals = 300;
    DemoGenerator::generate(path, options);
    MockClock clock(QDateTime(options.today, QTime(11, 0), Qt::UTC));
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, clock);
    QUndoStack undo;

    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        Theme::apply(theme);
        BehaviourPage behaviour;
        behaviour.resize(1600, 950);
        behaviour.setWorkspace(workspace.get(), &undo);
        auto* table = behaviour.table();
        table->setPeriodWeeks(4);
        table->setWeek(options.today.addDays(-21));
        table->view()->setCurrentIndex(table->view()->model()->index(3, 0));
        shoot(behaviour, out, QStringLiteral("behaviour"), theme);
        table->findChild<QCheckBox*>(QStringLiteral("groupByWeek"))->setChecked(true);
        shoot(behaviour, out, QStringLiteral("behaviour-grouped"), theme);
        behaviour.tabs()->setCurrentIndex(1);
        shoot(behaviour, out, QStringLiteral("planner"), theme);
        behaviour.tabs()->setCurrentIndex(2);
        shoot(behaviour, out, QStringLiteral("coaching"), theme);

        StrategyPage strategy;
        strategy.resize(1700, 1400);
        strategy.setWorkspace(workspace.get(), &undo);
        strategy.listView()->setCurrentIndex(strategy.listView()->model()->index(2, 0));
        shoot(strategy, out, QStringLiteral("strategy"), theme);

        AccountsPage accounts;
        accounts.resize(1700, 1300);
        accounts.setWorkspace(workspace.get(), &undo);
        shoot(accounts, out, QStringLiteral("accounts"), theme);
    }
    return 0;
}
