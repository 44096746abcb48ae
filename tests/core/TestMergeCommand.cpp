// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dealbench merge --into TEAM REP...`: exit codes and what it prints.
#include "MergeFixture.h"
#include "ReviewFixture.h"

#include "app/headless/MergeCommand.h"
#include "tests/support/CommandRun.h"

#include <QFile>
#include <QTest>

namespace {
CommandRun merge(const QStringList& arguments)
{
    return runCommand(&MergeCommand::run, QStringLiteral("merge"), arguments);
}
} // namespace

class TestMergeCommand : public QObject
{
    Q_OBJECT
private slots:
    void badUsage_data();
    void badUsage();
    void mergesEveryFileAndReportsCounts();
    void aFileThatCannotBeImportedFails();
};

void TestMergeCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("nothing") << QStringList{};
    QTest::addRow("no target") << QStringList{QStringLiteral("rep.dealbench")};
    QTest::addRow("no files") << QStringList{QStringLiteral("--into"), QStringLiteral("team.dealbench")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--onto"), QStringLiteral("x")};
}

void TestMergeCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    const CommandRun run = merge(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestMergeCommand::mergesEveryFileAndReportsCounts()
{
    TempWorkspace team;
    TempWorkspace first;
    TempWorkspace second;
    ReviewFixture a(first);
    a.create(QStringLiteral("Acme"), ReviewFixture::utc(11, 16, 10), 1, 1000, a.owner(QStringLiteral("Ana")));
    ReviewFixture b(second);
    b.create(QStringLiteral("Globex"), ReviewFixture::utc(11, 16, 10), 2, 2000, b.owner(QStringLiteral("Ben")));
    const QString teamPath = team.path();
    team.close(); // the command opens the file itself
    const CommandRun run = merge({QStringLiteral("--into"), teamPath, first.path(), second.path()});
    QCOMPARE(run.code, 0);
    // owner, deal and its created event from each file
    QCOMPARE(run.out.count(QStringLiteral(": 3 new rows, 0 updated, 0 conflicts, 0 rows left out")), 2);
    QCOMPARE(MergeFixture::scalar(teamPath, QStringLiteral("SELECT count(*) FROM deals")).toInt(), 2);
    // Again: nothing new.
    const CommandRun again = merge({QStringLiteral("--into"), teamPath, first.path()});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QStringLiteral(": 0 new rows, 0 updated, 0 conflicts, 0 rows left out")));
}

void TestMergeCommand::aFileThatCannotBeImportedFails()
{
    TempWorkspace team;
    TempWorkspace rep;
    const QString teamPath = team.path();
    team.close();
    const QString text = rep.dir() + QStringLiteral("/notes.dealbench");
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a workspace");
    file.close();
    const CommandRun run = merge({QStringLiteral("--into"), teamPath, text, rep.path()});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QStringLiteral("notes.dealbench: not imported")));
    QVERIFY(run.out.contains(QStringLiteral("test.dealbench: ")));
    // A team file that is not there is not created.
    QCOMPARE(merge({QStringLiteral("--into"), rep.dir() + QStringLiteral("/missing.dealbench"), rep.path()}).code, 1);
    QVERIFY(!QFile::exists(rep.dir() + QStringLiteral("/missing.dealbench")));
}

QTEST_GUILESS_MAIN(TestMergeCommand)
#include "TestMergeCommand.moc"
