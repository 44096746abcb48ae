// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DefaultPipeline.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

namespace {
// Counts rows with an independent query, not through the repository under test.
int countRows(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database().connection());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}
} // namespace

class TestDealRepository : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryField();
    void insertWritesOneCreatedEvent();
    void updateWritesOneEventPerTrackedChange_data();
    void updateWritesOneEventPerTrackedChange();
    void untrackedChangesWriteNoEvent_data();
    void untrackedChangesWriteNoEvent();
    void stageChangeResetsStageEnteredAt();
    void tombstonesHideDeals();
    void retractedEventsAreHidden();
    void openDealsExcludesWonLostAndDeleted();

private:
    Deal fullDeal(TempWorkspace& ws);
};

Deal TestDealRepository::fullDeal(TempWorkspace& ws)
{
    const Owner owner = ws->owners().insert(Owner{{}, QStringLiteral("Ana Rep"), {}, OwnerRole::Rep, {}, {}, {}});
    Account account;
    account.name = QStringLiteral("Acme");
    account = ws->accounts().insert(account);
    Deal deal =
        DealBuilder().name(QStringLiteral("Acme renewal")).stage(2).amount(1234567, QStringLiteral("EUR")).build();
    deal.ownerId = owner.id;
    deal.accountId = account.id;
    deal.expectedCloseDate = QDate(2027, 3, 31);
    deal.forecastCategory = ForecastCategory::BestCase;
    deal.source = QStringLiteral("referral");
    deal.lostNote = QStringLiteral("note ✓ 中文");
    deal.competitor = QStringLiteral("Globex");
    deal.externalId = QStringLiteral("SF-0061");
    deal.createdAt = QDateTime(QDate(2026, 10, 1), QTime(8, 30, 15, 250), Qt::UTC);
    deal.stageEnteredAt = QDateTime(QDate(2026, 10, 5), QTime(12, 0), Qt::UTC);
    return deal;
}

void TestDealRepository::roundTripsEveryField()
{
    TempWorkspace ws;
    const Deal stored = ws->deals().insert(fullDeal(ws));
    ws.reopen();
    const std::optional<Deal> read = ws->deals().deal(stored.id);
    QVERIFY(read);
    QCOMPARE(read->name, QStringLiteral("Acme renewal"));
    QCOMPARE(read->amount, (Money{1234567, QStringLiteral("EUR")}));
    QCOMPARE(read->stageId, QStringLiteral("6a1d0b2e-0000-4000-8000-000000000103"));
    QCOMPARE(read->expectedCloseDate, QDate(2027, 3, 31));
    QCOMPARE(read->forecastCategory, ForecastCategory::BestCase);
    QCOMPARE(read->source, QStringLiteral("referral"));
    QCOMPARE(read->lostNote, QStringLiteral("note ✓ 中文"));
    QCOMPARE(read->competitor, QStringLiteral("Globex"));
    QCOMPARE(read->externalId, QStringLiteral("SF-0061"));
    QCOMPARE(read->createdAt, QDateTime(QDate(2026, 10, 1), QTime(8, 30, 15, 250), Qt::UTC));
    QCOMPARE(read->stageEnteredAt, QDateTime(QDate(2026, 10, 5), QTime(12, 0), Qt::UTC));
    QCOMPARE(read->updatedAt, ws.clock().nowUtc());
    QVERIFY(!read->wonAt.isValid());
    QCOMPARE(*read, stored);

    Deal lost = *read;
    lost.stageId = DefaultPipeline::stageIds().at(7);
    lost.lostReason = LostReason::NoBudget;
    lost.lostAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    ws->deals().update(lost);
    const std::optional<Deal> again = ws->deals().deal(stored.id);
    QCOMPARE(again->lostReason, LostReason::NoBudget);
    QCOMPARE(again->lostAt, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
}

void TestDealRepository::insertWritesOneCreatedEvent()
{
    TempWorkspace ws;
    const Deal deal = ws->deals().insert(DealBuilder().stage(1).build());
    const QList<DealEvent> events = ws->deals().events(deal.id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].field, DealEventField::Created);
    QVERIFY(events[0].oldValue.isNull());
    QCOMPARE(events[0].newValue, QStringLiteral("6a1d0b2e-0000-4000-8000-000000000102"));
}

void TestDealRepository::updateWritesOneEventPerTrackedChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");
    QTest::addRow("stage") << "stage" << int(DealEventField::Stage) << "6a1d0b2e-0000-4000-8000-000000000101"
                           << "6a1d0b2e-0000-4000-8000-000000000104";
    QTest::addRow("amount") << "amount" << int(DealEventField::Amount) << "100000"
                            << "250000";
    QTest::addRow("currency") << "currency" << int(DealEventField::Currency) << "USD"
                              << "GBP";
    QTest::addRow("close date") << "close" << int(DealEventField::CloseDate) << "2026-12-31"
                                << "2027-01-15";
    QTest::addRow("close date cleared") << "close-clear" << int(DealEventField::CloseDate) << "2026-12-31"
                                        << "";
    QTest::addRow("owner") << "owner" << int(DealEventField::Owner) << ""
                           << "OWNER";
    QTest::addRow("forecast") << "forecast" << int(DealEventField::ForecastCategory) << "pipeline"
                              << "commit";
}

void TestDealRepository::updateWritesOneEventPerTrackedChange()
{
    QFETCH(QString, change);
    QFETCH(int, field);
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);
    TempWorkspace ws;
    Deal deal = ws->deals().insert(DealBuilder().build());
    const Owner owner = ws->owners().insert(Owner{{}, QStringLiteral("Bo"), {}, OwnerRole::Rep, {}, {}, {}});
    if (change == QLatin1String("stage")) {
        deal.stageId = DefaultPipeline::stageIds().at(3);
    } else if (change == QLatin1String("amount")) {
        deal.amount.minor = 250000;
    } else if (change == QLatin1String("currency")) {
        deal.amount.currency = QStringLiteral("GBP");
    } else if (change == QLatin1String("close")) {
        deal.expectedCloseDate = QDate(2027, 1, 15);
    } else if (change == QLatin1String("close-clear")) {
        deal.expectedCloseDate = QDate();
    } else if (change == QLatin1String("owner")) {
        deal.ownerId = owner.id;
        newValue = owner.id;
    } else if (change == QLatin1String("forecast")) {
        deal.forecastCategory = ForecastCategory::Commit;
    }
    ws.clock().advanceSeconds(60);
    const QStringList written = ws->deals().update(deal);
    QCOMPARE(written.size(), 1);
    const QList<DealEvent> events = ws->deals().events(deal.id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(int(events[1].field), field);
    QCOMPARE(events[1].oldValue, oldValue);
    QCOMPARE(events[1].newValue, newValue);
    QCOMPARE(events[1].id, written[0]);
    QCOMPARE(events[1].occurredAt, QDateTime(QDate(2026, 11, 16), QTime(9, 1), Qt::UTC));
    QCOMPARE(countRows(*ws, QStringLiteral("SELECT count(*) FROM deal_events")), 2);
}

void TestDealRepository::untrackedChangesWriteNoEvent_data()
{
    QTest::addColumn<QString>("change");
    QTest::addRow("name") << "name";
    QTest::addRow("source") << "source";
    QTest::addRow("external id") << "external";
    QTest::addRow("nothing") << "nothing";
}

void TestDealRepository::untrackedChangesWriteNoEvent()
{
    QFETCH(QString, change);
    TempWorkspace ws;
    Deal deal = ws->deals().insert(DealBuilder().build());
    if (change == QLatin1String("name")) {
        deal.name = QStringLiteral("Renamed");
    } else if (change == QLatin1String("source")) {
        deal.source = QStringLiteral("website");
    } else if (change == QLatin1String("external")) {
        deal.externalId = QStringLiteral("X-1");
    }
    QVERIFY(ws->deals().update(deal).isEmpty());
    QCOMPARE(countRows(*ws, QStringLiteral("SELECT count(*) FROM deal_events")), 1);
}

void TestDealRepository::stageChangeResetsStageEnteredAt()
{
    TempWorkspace ws;
    Deal deal = ws->deals().insert(DealBuilder().build());
    QCOMPARE(deal.stageEnteredAt, QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC));
    ws.clock().advanceDays(3);
    deal.stageId = DefaultPipeline::stageIds().at(1);
    ws->deals().update(deal);
    QCOMPARE(ws->deals().deal(deal.id)->stageEnteredAt, QDateTime(QDate(2026, 11, 19), QTime(9, 0), Qt::UTC));
}

void TestDealRepository::tombstonesHideDeals()
{
    TempWorkspace ws;
    const Deal deal = ws->deals().insert(DealBuilder().build());
    ws->deals().remove(deal.id);
    QVERIFY(!ws->deals().deal(deal.id));
    QVERIFY(ws->deals().openDeals(QString::fromLatin1(DefaultPipeline::pipelineId)).isEmpty());
    // The row is still in the file, marked deleted, so a merge can carry the deletion.
    QCOMPARE(countRows(*ws, QStringLiteral("SELECT count(*) FROM deals WHERE deleted = 1")), 1);
}

void TestDealRepository::retractedEventsAreHidden()
{
    TempWorkspace ws;
    Deal deal = ws->deals().insert(DealBuilder().build());
    deal.amount.minor = 5;
    const QStringList ids = ws->deals().update(deal);
    ws->deals().retractEvents(ids);
    QCOMPARE(ws->deals().events(deal.id).size(), 1);
    QCOMPARE(countRows(*ws, QStringLiteral("SELECT count(*) FROM deal_events WHERE deleted = 1")), 1);
}

void TestDealRepository::openDealsExcludesWonLostAndDeleted()
{
    TempWorkspace ws;
    const Deal open1 = ws->deals().insert(DealBuilder().name(QStringLiteral("a")).stage(0).build());
    const Deal open2 = ws->deals().insert(DealBuilder().name(QStringLiteral("b")).stage(5).build());
    ws->deals().insert(DealBuilder().name(QStringLiteral("won")).stage(6).build());
    Deal lost = DealBuilder().name(QStringLiteral("lost")).stage(7).build();
    lost.lostReason = LostReason::Price;
    ws->deals().insert(lost);
    const Deal removed = ws->deals().insert(DealBuilder().name(QStringLiteral("gone")).build());
    ws->deals().remove(removed.id);
    QStringList names;
    for (const Deal& d : ws->deals().openDeals(QString::fromLatin1(DefaultPipeline::pipelineId))) {
        names.append(d.name);
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    Q_UNUSED(open1)
    Q_UNUSED(open2)
}

QTEST_GUILESS_MAIN(TestDealRepository)
#include "TestDealRepository.moc"
