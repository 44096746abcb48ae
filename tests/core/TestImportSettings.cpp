// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A bulk import writes through a rollback journal when it has the file to itself, and puts
// the connection back as it was (WAL and all) whether it succeeds or not.
#include "ImportPlanFixture.h"

#include "core/exchange/DealImport.h"
#include "core/storage/Database.h"
#include "core/storage/ImportSettings.h"
#include "core/storage/ImportStore.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/util/Ids.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kRows = 6000; // above the bulk threshold of 5000 new deals

QString scalarText(const Database& database, const QString& sql)
{
    return Statement::scalar(database, sql).toString().toLower();
}

qint64 scalar(const Database& database, const QString& sql)
{
    return Statement::scalar(database, sql).toLongLong();
}

ImportReport importLargeFile(TempWorkspace& workspace)
{
    QByteArray csv = "Record ID,Deal Name,Associated Company,Deal owner,Deal Stage,Amount,Close Date\n";
    for (int i = 0; i < kRows; ++i) {
        csv += QByteArray::number(700000 + i) + ",Deal " + QByteArray::number(i) + ",Account " +
               QByteArray::number(i % 50) + ",Rep " + QByteArray::number(i % 5) + ",Qualified,1000,2026-12-01\n";
    }
    const QString path = workspace.dir() + u"/large.csv"_s;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(csv);
    }
    file.close();
    DealImport::Request request;
    request.file = path;
    request.preset = u"hubspot"_s;
    return DealImport::run(workspace->database(), request, workspace.clock().nowUtc());
}

// The settings a workspace connection has outside an import.
void verifyUsualSettings(const Database& database)
{
    QCOMPARE(scalarText(database, u"PRAGMA journal_mode"_s), u"wal"_s);
    QCOMPARE(scalar(database, u"PRAGMA synchronous"_s), qint64(1)); // NORMAL
    QCOMPARE(scalar(database, u"PRAGMA foreign_keys"_s), qint64(1));
    QCOMPARE(scalar(database, u"PRAGMA temp_store"_s), qint64(0));
}
} // namespace

class TestImportSettings final : public QObject
{
    Q_OBJECT

private slots:
    void bulkSettingsUseARollbackJournalOnlyWhileTheyLast()
    {
        TempWorkspace workspace;
        const qint64 cacheBefore = scalar(workspace->database(), u"PRAGMA cache_size"_s);
        {
            const ImportSettings settings(workspace->database(), true);
            QVERIFY(settings.rollbackJournal());
            QVERIFY(settings.foreignKeysOff());
            QCOMPARE(scalarText(workspace->database(), u"PRAGMA journal_mode"_s), u"truncate"_s);
            QCOMPARE(scalar(workspace->database(), u"PRAGMA synchronous"_s), qint64(2)); // FULL
            QCOMPARE(scalar(workspace->database(), u"PRAGMA foreign_keys"_s), qint64(0));
        }
        verifyUsualSettings(workspace->database());
        QCOMPARE(scalar(workspace->database(), u"PRAGMA cache_size"_s), cacheBefore);
    }

    void smallImportsKeepTheWal()
    {
        TempWorkspace workspace;
        const ImportSettings settings(workspace->database(), false);
        QVERIFY(!settings.rollbackJournal());
        QVERIFY(!settings.foreignKeysOff());
        QCOMPARE(scalarText(workspace->database(), u"PRAGMA journal_mode"_s), u"wal"_s);
    }

    // The app's own connection stays open while its import job writes through another one:
    // the switch is refused and the import goes through the WAL, the other connection
    // reading on undisturbed.
    void anotherConnectionKeepsTheWal()
    {
        TempWorkspace workspace;
        const auto reader = Database::openWorkerConnection(workspace.path(), Database::Access::ReadOnly);
        QCOMPARE(scalar(*reader, u"SELECT COUNT(*) FROM deals"_s), qint64(0));
        {
            const ImportSettings settings(workspace->database(), true);
            QVERIFY(!settings.rollbackJournal());
            QCOMPARE(scalarText(workspace->database(), u"PRAGMA journal_mode"_s), u"wal"_s);
        }
        const ImportReport report = importLargeFile(workspace);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.dealsCreated, kRows);
        QCOMPARE(scalar(*reader, u"SELECT COUNT(*) FROM deals WHERE deleted = 0"_s), qint64(kRows));
        verifyUsualSettings(workspace->database());
    }

    void bulkImportLandsWholeAndLeavesTheWalOn()
    {
        TempWorkspace workspace;
        const ImportReport report = importLargeFile(workspace);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.dealsCreated, kRows);
        verifyUsualSettings(workspace->database());
        QVERIFY(!QFile::exists(workspace.path() + u"-journal"_s));
        // 6000 deals of 1000.00 USD each.
        QCOMPARE(scalar(workspace->database(), u"SELECT SUM(amount_minor) FROM deals"_s), qint64(600000000));
        QCOMPARE(scalarText(workspace->database(), u"PRAGMA integrity_check"_s), u"ok"_s);
        workspace.reopen();
        QCOMPARE(scalar(workspace->database(), u"SELECT COUNT(*) FROM deals WHERE deleted = 0"_s), qint64(kRows));
        QCOMPARE(scalar(workspace->database(), u"SELECT COUNT(*) FROM accounts"_s), qint64(50));
        QCOMPARE(scalar(workspace->database(), u"SELECT COUNT(*) FROM owners WHERE name LIKE 'Rep %'"_s), qint64(5));
        verifyUsualSettings(workspace->database());
    }

    // A bulk load refused at its end (a reference to nobody) is rolled back from the
    // rollback journal: nothing of it stays, and the connection is as it was.
    void refusedBulkImportChangesNothing()
    {
        TempWorkspace workspace;
        ImportStore store(workspace->database());
        const ImportLookup lookup = store.lookup();
        const QDateTime now = workspace.clock().nowUtc();
        const qint64 pagesBefore = scalar(workspace->database(), u"PRAGMA page_count"_s);
        ImportPlan plan = plainImportPlan(lookup, now, kRows, false);
        plan.deals[5432].deal.accountId = Ids::newId(); // no such account
        QVERIFY_THROWS_EXCEPTION(StorageError, store.apply(plan, ImportBatchInfo{}, now));
        verifyUsualSettings(workspace->database());
        QCOMPARE(scalar(workspace->database(), u"SELECT COUNT(*) FROM deals"_s), qint64(0));
        QCOMPARE(scalar(workspace->database(), u"SELECT COUNT(*) FROM import_batches"_s), qint64(0));
        QCOMPARE(scalar(workspace->database(), u"PRAGMA page_count"_s), pagesBefore);
        QCOMPARE(scalarText(workspace->database(), u"PRAGMA integrity_check"_s), u"ok"_s);
        QVERIFY(!QFile::exists(workspace.path() + u"-journal"_s));
    }
};

QTEST_GUILESS_MAIN(TestImportSettings)
#include "TestImportSettings.moc"
