// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The raw-cursor reads behind the funnel table, the review and the charts: each is compared
// with the same data read by an independent QSqlQuery in the test.
#include "core/analytics/CurrencyConverter.h"
#include "core/analytics/StageIndex.h"
#include "core/domain/DefaultPipeline.h"
#include "core/review/WhatChanged.h"
#include "core/services/DealService.h"
#include "core/storage/DealHistoryQuery.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/SqlCursor.h"
#include "core/storage/StageHistoryQuery.h"
#include "core/storage/StorageError.h"
#include "core/util/Timestamp.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

namespace {
const QTimeZone kUtc = QTimeZone::utc();
const QString kPipeline = QString::fromLatin1(DefaultPipeline::pipelineId);

QString stageId(int index)
{
    return DefaultPipeline::stageIds().at(index);
}

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), kUtc);
}

// D1 goes Lead → Qualified → Lead → Qualified → Won (it re-enters two stages), with an amount
// change; D2 is created in Qualified and lost; D3 stays open in Lead.
struct History
{
    TempWorkspace ws;
    QString d1;
    QString d2;
    QString d3;

    History()
    {
        ws.clock().set(at(1));
        ws->owners().insert(Owner{QStringLiteral("r1"), QStringLiteral("Ann"), {}, OwnerRole::Rep, {}, {}, {}});
        ws->owners().insert(Owner{QStringLiteral("r2"), QStringLiteral("Bob"), {}, OwnerRole::Rep, {}, {}, {}});
        DealService& deals = ws->dealService();
        ws.clock().set(at(2));
        d1 = deals.create(DealBuilder().owner(QStringLiteral("r1")).amount(100000).build()).id;
        d2 = deals.create(DealBuilder().owner(QStringLiteral("r2")).stage(1).amount(5000).build()).id;
        d3 = deals.create(DealBuilder().owner(QStringLiteral("r2")).amount(7000).build()).id;
        ws.clock().set(at(3));
        deals.move(d1, stageId(1));
        ws.clock().set(at(4));
        deals.move(d1, stageId(0));
        ws.clock().set(at(5));
        Deal bigger = *ws->deals().deal(d1);
        bigger.amount = Money{150000, QStringLiteral("USD")};
        deals.update(bigger);
        ws.clock().set(at(6));
        deals.move(d1, stageId(1));
        MoveDetails lost;
        lost.lostReason = LostReason::Price;
        deals.move(d2, stageId(7), lost);
        ws.clock().set(at(8));
        MoveDetails won;
        won.wonAmount = Money{150000, QStringLiteral("USD")};
        won.closeDate = QDate(2026, 3, 8);
        deals.move(d1, stageId(6), won);
        ws.clock().set(at(20));
    }
};
} // namespace

class TestAnalyticsReads : public QObject
{
    Q_OBJECT
private slots:
    void cursorValues_data();
    void cursorValues();
    void cursorRejectsBadSql();
    void timelinesMatchTheEvents();
    void visitsCountEachStageOncePerDeal();
    void waterfallAloneMatchesTheReview();
    void changesSetQuietDealsApart();
};

void TestAnalyticsReads::cursorValues_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs");
    QTest::newRow("null") << QStringLiteral("SELECT NULL") << true << QString() << qint64(0);
    QTest::newRow("empty") << QStringLiteral("SELECT ''") << false << QStringLiteral("") << qint64(0);
    QTest::newRow("storage time") << QStringLiteral("SELECT '2026-03-02T09:00:00.250Z'") << false
                                  << QStringLiteral("2026-03-02T09:00:00.250Z") << at(2).toMSecsSinceEpoch() + 250;
    QTest::newRow("before 1970") << QStringLiteral("SELECT '1969-12-31T23:59:59.000Z'") << false
                                 << QStringLiteral("1969-12-31T23:59:59.000Z") << qint64(-1000);
    QTest::newRow("other ISO form") << QStringLiteral("SELECT '2026-03-02T09:00:00Z'") << false
                                    << QStringLiteral("2026-03-02T09:00:00Z") << at(2).toMSecsSinceEpoch();
    QTest::newRow("non-ASCII") << QStringLiteral("SELECT '销售漏斗 Łódź'") << false << QStringLiteral("销售漏斗 Łódź")
                               << qint64(0);
}

void TestAnalyticsReads::cursorValues()
{
    QFETCH(QString, sql);
    QFETCH(bool, isNull);
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    TempWorkspace ws;
    const QByteArray utf8 = sql.toUtf8();
    SqlCursor cursor(ws->database(), utf8.constData());
    QVERIFY(cursor.next());
    QCOMPARE(cursor.isNull(0), isNull);
    QCOMPARE(cursor.text(0).isNull(), text.isNull());
    QCOMPARE(cursor.text(0), text);
    if (!text.startsWith(u'销')) {
        QCOMPARE(cursor.msecs(0), msecs);
    }
    QVERIFY(!cursor.next());
}

void TestAnalyticsReads::cursorRejectsBadSql()
{
    TempWorkspace ws;
    QVERIFY_THROWS_EXCEPTION(StorageError, SqlCursor(ws->database(), "SELECT nothing FROM nowhere"));
    SqlCursor bound(ws->database(), "SELECT ?1 + ?2, ?3");
    bound.bind(1, qint64(40)).bind(2, qint64(2)).bind(3, QStringLiteral("x"));
    QVERIFY(bound.next());
    QCOMPARE(bound.integer(0), 42);
    QCOMPARE(bound.text(1), QStringLiteral("x"));
}

void TestAnalyticsReads::timelinesMatchTheEvents()
{
    History h;
    const QList<DealTimeline> timelines = DealHistoryQuery::timelines(h.ws->database(), at(3), at(20));
    // D3 (open) and D1 (won on the 8th) and D2 (lost on the 6th) all moved or are open.
    QCOMPARE(timelines.size(), 3);
    for (const DealTimeline& timeline : timelines) {
        QSqlQuery row(h.ws->database().connection());
        row.prepare(QStringLiteral("SELECT stage_id, amount_minor, owner_id, created_at, stage_entered_at "
                                   "FROM deals WHERE id = ?"));
        row.addBindValue(timeline.dealId);
        QVERIFY(row.exec() && row.next());
        QCOMPARE(timeline.current.stageId, row.value(0).toString());
        QCOMPARE(timeline.current.amount.minor, row.value(1).toLongLong());
        QCOMPARE(timeline.current.ownerId, row.value(2).toString());
        QCOMPARE(timeline.createdAt, Timestamp::fromStorage(row.value(3).toString()));
        QCOMPARE(timeline.stageEnteredAt, Timestamp::fromStorage(row.value(4).toString()));

        QSqlQuery events(h.ws->database().connection());
        events.prepare(QStringLiteral("SELECT id, occurred_at, field, old_value, new_value FROM deal_events "
                                      "WHERE deal_id = ? AND occurred_at >= ? AND deleted = 0 "
                                      "ORDER BY occurred_at, rowid"));
        events.addBindValue(timeline.dealId);
        events.addBindValue(Timestamp::toStorage(at(3)));
        QVERIFY(events.exec());
        qsizetype i = 0;
        while (events.next()) {
            QVERIFY(i < timeline.events.size());
            const DealEvent& event = timeline.events.at(i++);
            QCOMPARE(event.dealId, timeline.dealId);
            QCOMPARE(event.id, events.value(0).toString());
            QCOMPARE(event.occurredAt, Timestamp::fromStorage(events.value(1).toString()));
            QCOMPARE(dealEventFieldKey(event.field), events.value(2).toString());
            QCOMPARE(event.oldValue.isNull(), events.value(3).isNull());
            QCOMPARE(event.oldValue, events.value(3).toString());
            QCOMPARE(event.newValue, events.value(4).toString());
        }
        QCOMPARE(i, timeline.events.size());
    }
    // D1's story, by hand: 4 stage moves and one amount change from the 3rd on.
    const auto d1 =
        std::find_if(timelines.cbegin(), timelines.cend(), [&h](const DealTimeline& t) { return t.dealId == h.d1; });
    QVERIFY(d1 != timelines.cend());
    QCOMPARE(std::count_if(d1->events.cbegin(),
                           d1->events.cend(),
                           [](const DealEvent& e) { return e.field == DealEventField::Stage; }),
             4);
    QCOMPARE(d1->stateBefore(at(5)).amount.minor, 100000);
    QCOMPARE(d1->stateBefore(at(4)).stageId, stageId(1));
}

void TestAnalyticsReads::visitsCountEachStageOncePerDeal()
{
    History h;
    QList<StageVisitRow> rows = StageHistoryQuery::visitsOfClosed(h.ws->database(), kPipeline, at(1), at(20));
    // By hand: D1 (won) was in Lead, Qualified and Won, each once although it entered Lead and
    // Qualified twice; D2 (lost) was in Qualified and Lost. D3 is open.
    QHash<QString, int> won;
    QHash<QString, int> lost;
    for (const StageVisitRow& row : std::as_const(rows)) {
        (row.won ? won : lost)[row.stageId] += row.deals;
    }
    QCOMPARE(won.value(stageId(0)), 1);
    QCOMPARE(won.value(stageId(1)), 1);
    QCOMPARE(won.value(stageId(6)), 1);
    QCOMPARE(lost.value(stageId(1)), 1);
    QCOMPARE(lost.value(stageId(7)), 1);
    QCOMPARE(lost.value(stageId(0)), 0);
    // The same counts from an independent query (the DISTINCT / GROUP BY form).
    QSqlQuery check(h.ws->database().connection());
    QVERIFY(check.exec(
        QStringLiteral("SELECT v.owner_id, v.stage_id, v.won, count(*) FROM (SELECT DISTINCT d.id, d.owner_id, "
                       "e.new_value AS stage_id, d.won_at IS NOT NULL AS won FROM deals d JOIN deal_events e ON "
                       "e.deal_id = d.id WHERE d.deleted = 0 AND (d.won_at IS NOT NULL OR d.lost_at IS NOT NULL) AND "
                       "e.field IN ('created', 'stage') AND e.deleted = 0) v GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")));
    qsizetype i = 0;
    while (check.next()) {
        QVERIFY(i < rows.size());
        const StageVisitRow& row = rows.at(i++);
        QCOMPARE(row.ownerId, check.value(0).toString());
        QCOMPARE(row.stageId, check.value(1).toString());
        QCOMPARE(row.won, check.value(2).toBool());
        QCOMPARE(row.deals, check.value(3).toInt());
    }
    QCOMPARE(i, rows.size());
    // Out of the window: nothing.
    QVERIFY(StageHistoryQuery::visitsOfClosed(h.ws->database(), kPipeline, at(9), at(20)).isEmpty());
}

void TestAnalyticsReads::waterfallAloneMatchesTheReview()
{
    History h;
    const ReportPeriod span{at(3), at(20)};
    const QList<DealTimeline> timelines = DealHistoryQuery::timelines(h.ws->database(), span.start, span.end);
    const StageIndex stages(h.ws->pipelines().pipelines());
    const CurrencyConverter converter(QStringLiteral("USD"), {}, QDate(2026, 3, 20));
    const Waterfall alone = WhatChanged::waterfall(timelines, span, stages, converter, {});
    // By hand: at the start D1 (Qualified, 1,000.00), D2 (Qualified, 50.00) and D3 (Lead,
    // 70.00) are open; D1 grows to 1,500.00 and is won, D2 is lost, D3 stays.
    QCOMPARE(alone.start, 112000);
    QCOMPARE(alone.startDeals, 3);
    QCOMPARE(alone.added, 0);
    QCOMPARE(alone.increases, 50000);
    QCOMPARE(alone.decreases, 0);
    QCOMPARE(alone.won, 150000);
    QCOMPARE(alone.wonDeals, 1);
    QCOMPARE(alone.lost, 5000);
    QCOMPARE(alone.lostDeals, 1);
    QCOMPARE(alone.end, 7000);
    QCOMPARE(alone.endDeals, 1);
    QVERIFY(alone.balances());
    const Waterfall full = WhatChanged::compute(timelines, span, stages, converter, {}).waterfall;
    QCOMPARE(full.start, alone.start);
    QCOMPARE(full.won, alone.won);
    QCOMPARE(full.end, alone.end);
    // Bob's deals only: D2 and D3.
    const Waterfall bob = WhatChanged::waterfall(timelines, span, stages, converter, {QStringLiteral("r2")});
    QCOMPARE(bob.start, 12000);
    QCOMPARE(bob.lost, 5000);
    QCOMPARE(bob.end, 7000);
}

void TestAnalyticsReads::changesSetQuietDealsApart()
{
    History h;
    // D4 is created on the 2nd like D3 (Ann's, 30.00) and only its close date moves, on the 10th.
    h.ws.clock().set(at(2));
    const QString d4 = h.ws->dealService().create(DealBuilder().owner(QStringLiteral("r1")).amount(3000).build()).id;
    h.ws.clock().set(at(10));
    Deal later = *h.ws->deals().deal(d4);
    later.expectedCloseDate = QDate(2026, 6, 30);
    h.ws->dealService().update(later);
    h.ws.clock().set(at(20));

    const ReportPeriod span{at(3), at(20)};
    const DealHistory history = DealHistoryQuery::changes(h.ws->database(), span.start, span.end);
    // By hand: D3 alone is quiet (open since the 2nd, no event from the 3rd on); D4 has an event.
    QCOMPARE(history.quiet.size(), 1);
    const QuietDeal& quiet = history.quiet.constFirst();
    QCOMPARE(quiet.pipelineId, kPipeline);
    QCOMPARE(quiet.ownerId, QStringLiteral("r2"));
    QCOMPARE(quiet.stageId, stageId(0));
    QCOMPARE(quiet.amount, (Money{7000, QStringLiteral("USD")}));
    // The other deals are those timelines() reads, in its order.
    const QList<DealTimeline> all = DealHistoryQuery::timelines(h.ws->database(), span.start, span.end);
    QCOMPARE(all.size(), 4);
    QStringList expected;
    for (const DealTimeline& timeline : all) {
        if (timeline.dealId != h.d3) {
            expected.append(timeline.dealId);
        }
    }
    QStringList split;
    for (const DealTimeline& timeline : history.timelines) {
        split.append(timeline.dealId);
    }
    QCOMPARE(split, expected);
    QVERIFY(split.contains(d4));

    const StageIndex stages(h.ws->pipelines().pipelines());
    const CurrencyConverter converter(QStringLiteral("USD"), {}, QDate(2026, 3, 20));
    // By hand: the start holds D1 (1,000.00), D2 (50.00), D3 (70.00) and D4 (30.00); D1 grows
    // by 500.00 and is won, D2 is lost; D3 and D4 are the end.
    const Waterfall team = WhatChanged::waterfall(history, span, stages, converter, {});
    QCOMPARE(team.start, 115000);
    QCOMPARE(team.startDeals, 4);
    QCOMPARE(team.added, 0);
    QCOMPARE(team.increases, 50000);
    QCOMPARE(team.decreases, 0);
    QCOMPARE(team.won, 150000);
    QCOMPARE(team.lost, 5000);
    QCOMPARE(team.end, 10000);
    QCOMPARE(team.endDeals, 2);
    QVERIFY(team.balances());
    // Bob's: D2 and D3 (the quiet one); Ann's: D1 and D4.
    const Waterfall bob = WhatChanged::waterfall(history, span, stages, converter, {QStringLiteral("r2")});
    QCOMPARE(bob.start, 12000);
    QCOMPARE(bob.startDeals, 2);
    QCOMPARE(bob.lost, 5000);
    QCOMPARE(bob.end, 7000);
    QCOMPARE(bob.endDeals, 1);
    const Waterfall ann = WhatChanged::waterfall(history, span, stages, converter, {QStringLiteral("r1")});
    QCOMPARE(ann.start, 103000);
    QCOMPARE(ann.won, 150000);
    QCOMPARE(ann.end, 3000);
    QVERIFY(ann.balances());

    // The review on the split history lists the same changes as on every timeline.
    const WhatChangedReport report = WhatChanged::compute(history, span, stages, converter, {});
    const WhatChangedReport reference = WhatChanged::compute(all, span, stages, converter, {});
    QCOMPARE(report.rows.size(), reference.rows.size());
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        QCOMPARE(report.rows.at(i).dealId, reference.rows.at(i).dealId);
        QVERIFY(report.rows.at(i).kind == reference.rows.at(i).kind);
        QCOMPARE(report.rows.at(i).at, reference.rows.at(i).at);
    }
    QCOMPARE(report.waterfall.start, team.start);
    QCOMPARE(report.waterfall.end, team.end);
}

QTEST_GUILESS_MAIN(TestAnalyticsReads)
#include "TestAnalyticsReads.moc"
