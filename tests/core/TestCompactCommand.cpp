// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/CompactCommand.h"
#include "core/services/DealService.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkspaceCompaction.h"
#include "tests/support/CommandRun.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/FileCrafting.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTest>

namespace {
CommandRun compact(const QStringList& arguments)
{
    return runCommand(&CompactCommand::run, QStringLiteral("compact"), arguments);
}

// Every deal and event, field by field: the same text before and after means the same data.
const QString kDealsDigest = QStringLiteral(
    "SELECT group_concat(row, '|') FROM (SELECT id || ',' || name || ',' || stage_id || ',' || amount_minor || ',' "
    "|| deleted AS row FROM deals ORDER BY id)");
const QString kEventsDigest =
    QStringLiteral("SELECT group_concat(row, '|') FROM (SELECT id || ',' || deal_id || ',' || field || ',' || "
                   "coalesce(new_value, '') AS row FROM deal_events ORDER BY id)");
// The order events were written in: WaterfallQuery breaks ties between events of the same
// moment by rowid, and VACUUM may renumber the rowids of tables without an INTEGER PRIMARY KEY.
const QString kEventsWriteOrder =
    QStringLiteral("SELECT group_concat(id, '|') FROM (SELECT id FROM deal_events ORDER BY rowid)");
} // namespace

class TestCompactCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void compactsWithoutChangingTheData();
    void badInputFailsAndLeavesTheFile_data();
    void badInputFailsAndLeavesTheFile();
    void refusesReadOnlyAndOpenTransactions();
};

void TestCompactCommand::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCompactCommand::compactsWithoutChangingTheData()
{
    TempWorkspace workspace;
    DealService& deals = workspace->dealService();
    for (int i = 0; i < 40; ++i) {
        const Deal deal = deals.create(DealBuilder().name(QStringLiteral("Deal %1").arg(i)).stage(i % 5).build());
        if (i % 4 == 0) {
            deals.remove(deal.id);
        }
    }
    const QString path = workspace.path();
    workspace.close();
    // Pages a dropped table leaves behind: what compacting must give back.
    QVERIFY(FileCrafting::leaveFreePages(path, 256));
    QVERIFY(FileCrafting::rawScalar(path, QStringLiteral("PRAGMA freelist_count")).toInt() >= 256);
    const qint64 sizeBefore = QFileInfo(path).size();
    const QString dealsBefore = FileCrafting::rawScalar(path, kDealsDigest).toString();
    const QString eventsBefore = FileCrafting::rawScalar(path, kEventsDigest).toString();
    const QString writeOrderBefore = FileCrafting::rawScalar(path, kEventsWriteOrder).toString();
    QVERIFY(dealsBefore.contains(QLatin1String("Deal 39")));

    const CommandRun run = compact({QStringLiteral("--workspace"), path});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Compacted %1: ").arg(QFileInfo(path).fileName())), qPrintable(run.out));

    QCOMPARE(FileCrafting::rawScalar(path, QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
    QVERIFY(QFileInfo(path).size() <= sizeBefore - 256 * 4096);
    QCOMPARE(FileCrafting::rawScalar(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(FileCrafting::rawScalar(path, kDealsDigest).toString(), dealsBefore);
    QCOMPARE(FileCrafting::rawScalar(path, kEventsDigest).toString(), eventsBefore);
    QCOMPARE(FileCrafting::rawScalar(path, kEventsWriteOrder).toString(), writeOrderBefore);
    QCOMPARE(FileCrafting::rawScalar(path, QStringLiteral("SELECT count(*) FROM deals WHERE deleted = 1")).toInt(), 10);
}

void TestCompactCommand::badInputFailsAndLeavesTheFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content"); // written to FILE first when not empty
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");

    QTest::newRow("no workspace") << QStringList{} << QByteArray() << 2
                                  << QStringLiteral("compact needs --workspace FILE.\n");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("--workspace"),
                                                   QStringLiteral("FILE"),
                                                   QStringLiteral("x")}
                                    << QByteArray() << 2 << QStringLiteral("Unexpected argument: x\n");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--workspace"), QStringLiteral("FILE")} << QByteArray()
                                  << 1 << QString();
    QTest::newRow("not sqlite") << QStringList{QStringLiteral("--workspace"), QStringLiteral("FILE")}
                                << QByteArray("name,amount\nAcme,100\n") << 1 << QString();
}

void TestCompactCommand::badInputFailsAndLeavesTheFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.dealbench"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    arguments.replaceInStrings(QStringLiteral("FILE"), path);
    const CommandRun run = compact(arguments);
    QCOMPARE(run.code, code);
    QCOMPARE(run.out, QString());
    if (error.isEmpty()) {
        // One line a script can log, and the file exactly as it was (or still absent).
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    } else {
        QCOMPARE(run.err, error);
    }
    if (content.isEmpty()) {
        QVERIFY(!QFile::exists(path));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
}

void TestCompactCommand::refusesReadOnlyAndOpenTransactions()
{
    TempWorkspace workspace;
    workspace->dealService().create(DealBuilder().name(QStringLiteral("Kept")).build());
    const QString path = workspace.path();
    workspace.close();
    {
        const auto readOnly = Database::open(path, {Database::Access::ReadOnly, false});
        try {
            WorkspaceCompaction::run(*readOnly);
            QFAIL("a read-only workspace was compacted");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::ReadOnly);
        }
    }
    const auto database = Database::open(path, {Database::Access::ReadWrite, false});
    {
        Transaction transaction(*database);
        try {
            WorkspaceCompaction::run(*database);
            QFAIL("a workspace with an open transaction was compacted");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Busy);
        }
    }
    QCOMPARE(FileCrafting::rawScalar(path, QStringLiteral("SELECT count(*) FROM deals WHERE name = 'Kept'")).toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestCompactCommand)
#include "TestCompactCommand.moc"
