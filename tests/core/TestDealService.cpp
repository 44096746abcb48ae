// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/WorkspaceEvents.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {
int eventRows(Workspace& workspace)
{
    QSqlQuery query(workspace.database().connection());
    query.exec(QStringLiteral("SELECT count(*) FROM deal_events"));
    query.next();
    return query.value(0).toInt();
}
} // namespace

class TestDealService : public QObject
{
    Q_OBJECT
private slots:
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void createEmitsDealsChanged();
    void moveToWonSetsWonFields();
    void moveToLostNeedsReason();
    void revertRestoresDealAndVisibleHistory();
};

void TestDealService::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("closeDate");
    QTest::addColumn<bool>("valid");
    QTest::addRow("ok") << "Deal" << qint64(100) << "USD" << QDate(2027, 1, 1) << true;
    QTest::addRow("empty name") << "" << qint64(100) << "USD" << QDate(2027, 1, 1) << false;
    QTest::addRow("blank name") << "   " << qint64(100) << "USD" << QDate(2027, 1, 1) << false;
    QTest::addRow("10k-char name") << QString(10000, u'x') << qint64(100) << "USD" << QDate(2027, 1, 1) << false;
    QTest::addRow("SQL-looking name") << "'); DROP TABLE deals;--" << qint64(1) << "USD" << QDate(2027, 1, 1) << true;
    QTest::addRow("RTL and emoji") << "صفقة 🚀" << qint64(1) << "USD" << QDate(2027, 1, 1) << true;
    QTest::addRow("negative amount") << "Deal" << qint64(-1) << "USD" << QDate(2027, 1, 1) << false;
    QTest::addRow("huge amount") << "Deal" << qint64(9'000'000'000'000'000'000LL) << "USD" << QDate(2027, 1, 1)
                                 << false;
    QTest::addRow("lowercase currency") << "Deal" << qint64(1) << "usd" << QDate(2027, 1, 1) << false;
    QTest::addRow("long currency") << "Deal" << qint64(1) << "EURO" << QDate(2027, 1, 1) << false;
    QTest::addRow("far past date") << "Deal" << qint64(1) << "USD" << QDate(1600, 1, 1) << false;
    QTest::addRow("far future date") << "Deal" << qint64(1) << "USD" << QDate(9999, 1, 1) << false;
    QTest::addRow("no close date") << "Deal" << qint64(1) << "USD" << QDate() << true;
}

void TestDealService::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QDate, closeDate);
    QFETCH(bool, valid);
    TempWorkspace ws;
    Deal draft = DealBuilder().name(name).amount(amount, currency).closeDate(closeDate).build();
    if (valid) {
        const Deal stored = ws->dealService().create(draft);
        QCOMPARE(ws->deals().deal(stored.id)->name, name);
        QCOMPARE(eventRows(*ws), 1);
        return;
    }
    try {
        ws->dealService().create(draft);
        QFAIL("bad input must be refused");
    } catch (const StorageError& error) {
        QCOMPARE(error.kind(), StorageError::Kind::InvalidInput);
        QVERIFY(!error.message().isEmpty());
    }
    QCOMPARE(eventRows(*ws), 0);
}

void TestDealService::createEmitsDealsChanged()
{
    TempWorkspace ws;
    QSignalSpy spy(&ws->events(), &WorkspaceEvents::dealsChanged);
    const Deal deal = ws->dealService().create(DealBuilder().build());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{deal.id});
}

void TestDealService::moveToWonSetsWonFields()
{
    TempWorkspace ws;
    const Deal deal = ws->dealService().create(DealBuilder().stage(5).amount(500000).build());
    ws.clock().advanceDays(2);
    MoveDetails details;
    details.wonAmount = Money{480000, QStringLiteral("USD")};
    details.closeDate = QDate(2026, 11, 18);
    const DealChange change = ws->dealService().move(deal.id, DefaultPipeline::stageIds().at(6), details);
    QCOMPARE(change.after.wonAt, QDateTime(QDate(2026, 11, 18), QTime(9, 0), Qt::UTC));
    QCOMPARE(change.after.amount.minor, 480000);
    QCOMPARE(change.after.forecastCategory, ForecastCategory::Closed);
    QCOMPARE(change.after.expectedCloseDate, QDate(2026, 11, 18));
    // stage, amount, close date and forecast category changed: four events
    QCOMPARE(change.eventIds.size(), 4);
}

void TestDealService::moveToLostNeedsReason()
{
    TempWorkspace ws;
    const Deal deal = ws->dealService().create(DealBuilder().stage(2).build());
    QVERIFY_THROWS_EXCEPTION(StorageError, ws->dealService().move(deal.id, DefaultPipeline::stageIds().at(7)));
    QCOMPARE(ws->deals().deal(deal.id)->stageId, DefaultPipeline::stageIds().at(2));
    QCOMPARE(eventRows(*ws), 1);
    MoveDetails details;
    details.lostReason = LostReason::Competitor;
    details.competitor = QStringLiteral("Globex");
    const DealChange change = ws->dealService().move(deal.id, DefaultPipeline::stageIds().at(7), details);
    QCOMPARE(change.after.lostReason, LostReason::Competitor);
    QCOMPARE(change.after.competitor, QStringLiteral("Globex"));
    QVERIFY(change.after.lostAt.isValid());
}

void TestDealService::revertRestoresDealAndVisibleHistory()
{
    TempWorkspace ws;
    const Deal deal = ws->dealService().create(DealBuilder().stage(1).build());
    const QList<DealEvent> eventsBefore = ws->deals().events(deal.id);
    ws.clock().advanceDays(1);
    const DealChange change = ws->dealService().move(deal.id, DefaultPipeline::stageIds().at(3));
    QCOMPARE(ws->deals().events(deal.id).size(), 3); // created, stage, forecast category
    ws.clock().advanceSeconds(5);
    ws->dealService().revert(change);
    Deal after = *ws->deals().deal(deal.id);
    QCOMPARE(after.stageId, deal.stageId);
    QCOMPARE(after.stageEnteredAt, deal.stageEnteredAt);
    QCOMPARE(after.forecastCategory, deal.forecastCategory);
    QCOMPARE(ws->deals().events(deal.id), eventsBefore);
}

QTEST_GUILESS_MAIN(TestDealService)
#include "TestDealService.moc"
