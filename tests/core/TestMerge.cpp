// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a team member's file into the team file: by id, newer updated_at wins,
// tombstones travel, events are a union, a second import is a no-op, untrusted files are
// refused or their bad rows left out, conflicts are listed.
#include "MergeFixture.h"
#include "ReviewFixture.h"

#include "core/exchange/TeamFileExport.h"
#include "core/exchange/WorkspaceMerge.h"
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/MergeLogRepository.h"
#include "core/storage/OwnerRepository.h"

#include <QFile>
#include <QTest>

namespace {
// The manager imports on 1 December, after every edit the tests make.
MergeResult mergeInto(TempWorkspace& team, const QString& source, const WorkspaceMerge::Options& options = {})
{
    static const MockClock importDay(ReviewFixture::utc(12, 1));
    return WorkspaceMerge::merge(team->database(), source, importDay, options);
}

bool hasIssue(const QList<MergeIssue>& issues, const QString& rowKey, const QString& reasonPart)
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const MergeIssue& issue) {
        return issue.rowKey == rowKey && issue.reason.contains(reasonPart);
    });
}

QString snapshotCopy(TempWorkspace& ws, const QString& name)
{
    const QString path = ws.dir() + u'/' + name;
    QFile::remove(path);
    ws->database().copyTo(path);
    return path;
}
} // namespace

class TestMerge : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importsNewRowsWithTheirIdsAndTimes();
    void secondImportChangesNothing();
    void rowsThatCannotWinAreNotChecked();
    void newerRowsWinAndOlderFilesNeverOverwrite();
    void tombstonesAndRetractedEventsPropagate();
    void eventsAreAUnionDeduplicatedById();
    void conflictsAreListedNotDropped();
    void refusesUntrustedFiles_data();
    void refusesUntrustedFiles();
    void rejectsBadRowsWithAReason_data();
    void rejectsBadRowsWithAReason();
    void cancelLeavesTheTeamFileUntouched_data();
    void cancelLeavesTheTeamFileUntouched();
    void sendToManagerKeepsOnlyTheRepsDeals();

private:
    std::unique_ptr<TempWorkspace> m_team;
    std::unique_ptr<TempWorkspace> m_rep;
    QString m_repOwner;
    QString m_deal;
};

void TestMerge::init()
{
    // Both files are created at the same moment, so the seeded default pipeline is equal in both.
    m_team = std::make_unique<TempWorkspace>();
    m_rep = std::make_unique<TempWorkspace>();
    ReviewFixture rep(*m_rep);
    m_repOwner = rep.owner(QStringLiteral("Rita Rep"));
    m_deal = rep.create(QStringLiteral("Acme"), ReviewFixture::utc(11, 16, 10), 1, 500000, m_repOwner);
    rep.interaction(m_deal, ReviewFixture::utc(11, 16, 11), AppointmentState::Done, m_repOwner);
}

void TestMerge::cleanup()
{
    m_rep.reset();
    m_team.reset();
}

void TestMerge::importsNewRowsWithTheirIdsAndTimes()
{
    const MergeResult result = mergeInto(*m_team, m_rep->path());
    QVERIFY2(result.ok, qPrintable(result.error));
    // owner, deal, its created event, interaction
    QCOMPARE(result.inserted, 4);
    QCOMPARE(result.updated, 0);
    QVERIFY(result.conflicts.isEmpty());
    QVERIFY(result.rejected.isEmpty());
    const auto team = MergeFixture::rows(m_team->path());
    const auto rep = MergeFixture::rows(m_rep->path());
    QCOMPARE(team.value(QStringLiteral("deals")).value(m_deal).values,
             rep.value(QStringLiteral("deals")).value(m_deal).values);
    QCOMPARE(team.value(QStringLiteral("deal_events")).size(), 1);
    QCOMPARE(MergeFixture::scalar(m_team->path(), QStringLiteral("SELECT count(*) FROM merge_imports")).toInt(), 1);
}

void TestMerge::secondImportChangesNothing()
{
    QVERIFY(mergeInto(*m_team, m_rep->path()).ok);
    const QByteArray before = MergeFixture::digest(m_team->path());
    const MergeResult again = mergeInto(*m_team, m_rep->path());
    QVERIFY(again.ok);
    QVERIFY(again.changedNothing());
    QVERIFY(again.conflicts.isEmpty());
    QCOMPARE(MergeFixture::digest(m_team->path()), before);
}

void TestMerge::rowsThatCannotWinAreNotChecked()
{
    QVERIFY(mergeInto(*m_team, m_rep->path()).ok);
    const QByteArray before = MergeFixture::digest(m_team->path());
    // The deal the team already has, spoiled in a copy without a newer updated_at: the team's
    // version is as new, so the row is not taken, and there is nothing to report about it.
    const QString path = snapshotCopy(*m_rep, QStringLiteral("stale.dealbench"));
    MergeFixture::execute(
        path, {QStringLiteral("UPDATE deals SET amount_minor = 10000000000000 WHERE id = '%1'").arg(m_deal)});
    const MergeResult again = mergeInto(*m_team, path);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(again.changedNothing());
    QVERIFY(again.rejected.isEmpty());
    QCOMPARE(MergeFixture::digest(m_team->path()), before);
    QCOMPARE((*m_team)->deals().deal(m_deal)->amount.minor, 500000);
}

void TestMerge::newerRowsWinAndOlderFilesNeverOverwrite()
{
    QVERIFY(mergeInto(*m_team, m_rep->path()).ok);
    const QString old = snapshotCopy(*m_rep, QStringLiteral("old.dealbench"));
    ReviewFixture(*m_rep).setAmount(m_deal, ReviewFixture::utc(11, 17), 750000);
    const MergeResult newer = mergeInto(*m_team, m_rep->path());
    QVERIFY(newer.ok);
    QCOMPARE(newer.updated, 1);  // the deal
    QCOMPARE(newer.inserted, 1); // its amount event
    QCOMPARE((*m_team)->deals().deal(m_deal)->amount.minor, 750000);
    const QByteArray before = MergeFixture::digest(m_team->path());
    const MergeResult older = mergeInto(*m_team, old);
    QVERIFY(older.ok);
    QVERIFY(older.changedNothing());
    QVERIFY(older.conflicts.isEmpty());
    QCOMPARE(MergeFixture::digest(m_team->path()), before);
}

void TestMerge::tombstonesAndRetractedEventsPropagate()
{
    ReviewFixture rep(*m_rep);
    const QString second = rep.create(QStringLiteral("Globex"), ReviewFixture::utc(11, 16, 13), 2, 100000, m_repOwner);
    m_rep->clock().set(ReviewFixture::utc(11, 16, 14));
    const DealChange change = (*m_rep)->dealService().move(m_deal, ReviewFixture::stageId(3));
    QVERIFY(mergeInto(*m_team, m_rep->path()).ok);
    QCOMPARE(MergeFixture::scalar(m_team->path(), QStringLiteral("SELECT count(*) FROM deal_events WHERE deleted = 0"))
                 .toInt(),
             4);
    // The rep undoes the move and removes the second deal.
    m_rep->clock().set(ReviewFixture::utc(11, 17));
    (*m_rep)->dealService().revert(change);
    rep.remove(second, ReviewFixture::utc(11, 17, 1));
    const MergeResult result = mergeInto(*m_team, m_rep->path());
    QVERIFY(result.ok);
    QCOMPARE(
        MergeFixture::scalar(m_team->path(), QStringLiteral("SELECT deleted FROM deals WHERE id = '%1'").arg(second))
            .toInt(),
        1);
    QCOMPARE((*m_team)->deals().deal(m_deal)->stageId, ReviewFixture::stageId(1));
    // created x2 live, the move's stage (and category) events retracted
    QCOMPARE(MergeFixture::scalar(m_team->path(), QStringLiteral("SELECT count(*) FROM deal_events WHERE deleted = 0"))
                 .toInt(),
             MergeFixture::scalar(m_rep->path(), QStringLiteral("SELECT count(*) FROM deal_events WHERE deleted = 0"))
                 .toInt());
    QVERIFY(!(*m_team)->deals().deal(second));
}

void TestMerge::eventsAreAUnionDeduplicatedById()
{
    QVERIFY(mergeInto(*m_team, m_rep->path()).ok);
    ReviewFixture(*m_team).setCloseDate(m_deal, ReviewFixture::utc(11, 18), QDate(2027, 1, 31));
    ReviewFixture(*m_rep).setAmount(m_deal, ReviewFixture::utc(11, 19), 600000);
    const MergeResult result = mergeInto(*m_team, m_rep->path());
    QVERIFY(result.ok);
    // created (both), close_date (team), amount (rep): three distinct ids
    QCOMPARE(MergeFixture::scalar(m_team->path(), QStringLiteral("SELECT count(*) FROM deal_events")).toInt(), 3);
    QCOMPARE(MergeFixture::scalar(m_team->path(), QStringLiteral("SELECT count(DISTINCT id) FROM deal_events")).toInt(),
             3);
}

void TestMerge::conflictsAreListedNotDropped()
{
    QVERIFY(mergeInto(*m_team, m_rep->path()).ok);
    // Both sides change the deal after the import: the manager first, the rep later.
    m_team->clock().set(ReviewFixture::utc(11, 18));
    Deal managers = *(*m_team)->deals().deal(m_deal);
    managers.name = QStringLiteral("Acme (manager's name)");
    (*m_team)->dealService().update(managers);
    ReviewFixture(*m_rep).setAmount(m_deal, ReviewFixture::utc(11, 19), 900000);
    const MergeResult result = mergeInto(*m_team, m_rep->path());
    QVERIFY(result.ok);
    QCOMPARE(result.conflicts.size(), 1);
    const MergeIssue& conflict = result.conflicts.front();
    QCOMPARE(conflict.table, QStringLiteral("deals"));
    QCOMPARE(conflict.rowKey, m_deal);
    QCOMPARE(conflict.winner, MergeIssue::Winner::Source);
    QVERIFY(conflict.lostValues.contains(QStringLiteral("Acme (manager's name)")));
    QCOMPARE((*m_team)->deals().deal(m_deal)->amount.minor, 900000);
    // The log keeps it for the manager.
    const MergeLogRepository store((*m_team)->database());
    const QList<MergeImportRecord> imports = store.imports();
    QCOMPARE(imports.size(), 2);
    QCOMPARE(imports.front().conflicts, 1);
    QCOMPARE(store.issues(imports.front().id).size(), 1);
    // Nothing new since: the next import finds no conflict.
    const MergeResult again = mergeInto(*m_team, m_rep->path());
    QVERIFY(again.conflicts.isEmpty());
    QVERIFY(again.changedNothing());
}

void TestMerge::refusesUntrustedFiles_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("trigger") << QStringLiteral(
                                    "CREATE TRIGGER evil AFTER INSERT ON deals BEGIN DELETE FROM owners; END")
                             << QStringLiteral("trigger evil");
    QTest::addRow("view") << QStringLiteral("CREATE VIEW peek AS SELECT * FROM deals") << QStringLiteral("view peek");
    QTest::addRow("extra table") << QStringLiteral("CREATE TABLE extra (x)") << QStringLiteral("table extra");
    QTest::addRow("altered table") << QStringLiteral("ALTER TABLE deals ADD COLUMN payload TEXT")
                                   << QStringLiteral("table deals");
    QTest::addRow("foreign application") << QStringLiteral("PRAGMA application_id = 7")
                                         << QStringLiteral("not a Dealbench workspace");
    QTest::addRow("newer format") << QStringLiteral("PRAGMA user_version = 99") << QStringLiteral("newer version");
    QTest::addRow("not SQLite") << QStringLiteral("<text>") << QStringLiteral("not a Dealbench workspace");
}

void TestMerge::refusesUntrustedFiles()
{
    QFETCH(QString, tamper);
    QFETCH(QString, messagePart);
    const QString path = snapshotCopy(*m_rep, QStringLiteral("tampered.dealbench"));
    if (tamper == QLatin1String("<text>")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name,amount\nAcme,5000\n");
    } else {
        MergeFixture::execute(path, {tamper});
    }
    const QByteArray before = MergeFixture::digest(m_team->path());
    const MergeResult result = mergeInto(*m_team, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
    QCOMPARE(MergeFixture::digest(m_team->path()), before);
    // A workspace is not imported into itself either.
    QVERIFY(!mergeInto(*m_team, m_team->path()).ok);
}

void TestMerge::rejectsBadRowsWithAReason_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value"); // an SQL expression
    QTest::addColumn<QString>("reason");
    QTest::addRow("huge amount") << QStringLiteral("amount_minor") << QStringLiteral("10000000000000")
                                 << QStringLiteral("amount_minor is out of range");
    QTest::addRow("lower-case currency") << QStringLiteral("currency") << QStringLiteral("'usd'")
                                         << QStringLiteral("currency is not a currency code");
    QTest::addRow("impossible date") << QStringLiteral("expected_close_date") << QStringLiteral("'2026-02-30'")
                                     << QStringLiteral("expected_close_date is not a valid date");
    // Found by fuzz_merge_validator (input "?0"): '' slipped through as "no date", and as text
    // it sorts before every date, so the deal looked overdue in every past-close-date count.
    QTest::addRow("empty date") << QStringLiteral("expected_close_date") << QStringLiteral("''")
                                << QStringLiteral("expected_close_date is not a valid date");
    QTest::addRow("stamped in the future")
        << QStringLiteral("updated_at") << QStringLiteral("'2099-01-01T00:00:00.000Z'")
        << QStringLiteral("updated_at lies in the future");
    QTest::addRow("not a time") << QStringLiteral("created_at") << QStringLiteral("'yesterday'")
                                << QStringLiteral("created_at is not a valid time");
    QTest::addRow("impossible time") << QStringLiteral("created_at") << QStringLiteral("'2026-02-30T10:00:00.000Z'")
                                     << QStringLiteral("created_at is not a valid time");
    QTest::addRow("very long name") << QStringLiteral("name") << QStringLiteral("hex(zeroblob(100001))")
                                    << QStringLiteral("name is too long");
    QTest::addRow("blob for text") << QStringLiteral("name") << QStringLiteral("x'00ff'")
                                   << QStringLiteral("name is not text");
    QTest::addRow("unknown category") << QStringLiteral("forecast_category") << QStringLiteral("'maybe'")
                                      << QStringLiteral("breaks the rule");
    QTest::addRow("missing stage") << QStringLiteral("stage_id")
                                   << QStringLiteral("'6a1d0b2e-0000-4000-8000-0000000009ff'")
                                   << QStringLiteral("stage_id refers to a stages row");
    QTest::addRow("bad owner id") << QStringLiteral("owner_id") << QStringLiteral("'../../etc'")
                                  << QStringLiteral("owner_id is not a valid id");
}

void TestMerge::rejectsBadRowsWithAReason()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    // A second deal (with its created event) is spoiled in a copy of the rep's file.
    const QString bad =
        ReviewFixture(*m_rep).create(QStringLiteral("Bad"), ReviewFixture::utc(11, 16, 12), 1, 1000, m_repOwner);
    const QString path = snapshotCopy(*m_rep, QStringLiteral("bad.dealbench"));
    MergeFixture::execute(path, {QStringLiteral("UPDATE deals SET %1 = %2 WHERE id = '%3'").arg(column, value, bad)});
    const MergeResult result = mergeInto(*m_team, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(hasIssue(result.rejected, bad, reason),
             qPrintable(result.rejected.isEmpty() ? QString() : result.rejected.front().reason));
    // Its history refers to a deal that was left out: left out too.
    QVERIFY(std::any_of(result.rejected.cbegin(), result.rejected.cend(), [](const MergeIssue& issue) {
        return issue.table == QLatin1String("deal_events") && issue.reason.contains(QLatin1String("deal_id refers"));
    }));
    QVERIFY(!(*m_team)->deals().deal(bad));
    // The good rows came across.
    QVERIFY((*m_team)->deals().deal(m_deal));
    QCOMPARE(MergeFixture::scalar(m_team->path(),
                                  QStringLiteral("SELECT count(*) FROM merge_issues WHERE kind = 'rejected'"))
                 .toInt(),
             int(result.rejected.size()));
}

void TestMerge::cancelLeavesTheTeamFileUntouched_data()
{
    QTest::addColumn<double>("at");
    QTest::addRow("before it starts") << 0.0;
    QTest::addRow("while validating") << 0.3;
    QTest::addRow("while importing") << 0.7;
    QTest::addRow("as it starts saving") << 0.95;
}

void TestMerge::cancelLeavesTheTeamFileUntouched()
{
    QFETCH(double, at);
    const QByteArray before = MergeFixture::digest(m_team->path());
    std::atomic_bool cancel = false;
    WorkspaceMerge::Options options;
    options.cancel = &cancel;
    options.progress = [&](double share, const QString&) {
        if (share >= at) {
            cancel = true;
        }
    };
    const MergeResult result = mergeInto(*m_team, m_rep->path(), options);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(MergeFixture::digest(m_team->path()), before);
    QCOMPARE(MergeFixture::scalar(m_team->path(), QStringLiteral("SELECT count(*) FROM merge_imports")).toInt(), 0);
    // And the next, uncancelled import works.
    QVERIFY(mergeInto(*m_team, m_rep->path()).ok);
}

void TestMerge::sendToManagerKeepsOnlyTheRepsDeals()
{
    ReviewFixture rep(*m_rep);
    const QString colleague = rep.owner(QStringLiteral("Colin Colleague"));
    const QString theirs = rep.create(QStringLiteral("Initech"), ReviewFixture::utc(11, 16, 13), 2, 200000, colleague);
    rep.interaction(theirs, ReviewFixture::utc(11, 16, 14));
    // The team file already has the colleague's deal.
    QVERIFY(mergeInto(*m_team, m_rep->path()).ok);
    const QString out = m_rep->dir() + QStringLiteral("/to-manager.dealbench");
    TeamFileExport::write((*m_rep)->database(), out, m_repOwner);
    const auto copied = MergeFixture::rows(out);
    const auto original = MergeFixture::rows(m_rep->path());
    QCOMPARE(copied.value(QStringLiteral("deals")).keys(), QList<QString>{m_deal});
    QCOMPARE(copied.value(QStringLiteral("deals")).value(m_deal).values,
             original.value(QStringLiteral("deals")).value(m_deal).values);
    QCOMPARE(copied.value(QStringLiteral("interactions")).size(), 1);
    QCOMPARE(copied.value(QStringLiteral("deal_events")).size(), 1);
    QCOMPARE(copied.value(QStringLiteral("owners")).size(), 2);
    // Removed outright, not tombstoned: importing the copy leaves the colleague's deal alone.
    const MergeResult result = mergeInto(*m_team, out);
    QVERIFY(result.ok);
    QVERIFY(result.changedNothing());
    QVERIFY((*m_team)->deals().deal(theirs));
    // The removed rows do not linger in the copy's free pages.
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Initech"));
    // Without an owner, everything is copied.
    const QString all = m_rep->dir() + QStringLiteral("/everything.dealbench");
    TeamFileExport::write((*m_rep)->database(), all);
    QCOMPARE(MergeFixture::rows(all).value(QStringLiteral("deals")).size(), 2);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "TestMerge.moc"
