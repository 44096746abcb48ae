// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StageHistoryQuery::exits gives each stage change of a span the time of the deal's latest
// created or stage event before it, from one ordered pass over the stage history. The cases
// that pass has to get right: events before the span, a creation inside it, two changes at the
// same instant, removed events, a deal with no earlier event, and many deals side by side. The
// calibration chart's visitsOfClosed reads the same history the same way.
#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/StageHistoryQuery.h"
#include "core/util/Timestamp.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {
const QTimeZone kUtc = QTimeZone::utc();
const QString kPipeline = QString::fromLatin1(DefaultPipeline::pipelineId);

QString stageId(int index)
{
    return DefaultPipeline::stageIds().at(index);
}

QDateTime at(int month, int day, int hour = 9)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), kUtc);
}

qint64 ms(int month, int day, int hour = 9)
{
    return at(month, day, hour).toMSecsSinceEpoch();
}

// The span is March 2026.
const QDateTime kFrom = at(3, 1, 0);
const QDateTime kTo = at(4, 1, 0);

struct Expected
{
    QString deal;
    qint64 exitedMs = 0;
    QString toStage;
    qint64 enteredMs = 0;
};

// The deals, each created in Lead (stage 0) by the deal service at the clock's time:
//   A: created 20 Feb; Qualified 3 Mar; Needs confirmed and stage 3 both on 5 Mar at 10:00.
//   B: created 10 Mar; Qualified 12 Mar. Bob's; all the others are Ann's.
//   C: created 5 Jan; Qualified 1 Feb (before the span); Needs confirmed 15 Mar.
//   D: created 6 Jan; Qualified 2 Feb, an event then removed; Needs confirmed 20 Mar.
//   E: created 2 Mar, its created event removed; Qualified 8 Mar (no earlier event left).
//   F..O: ten deals created 1 Feb + n hours, each Qualified on 2 + n March at 11:00.
struct Scenario
{
    TempWorkspace ws;
    QList<Expected> expected;
    QString a;
    QString c;
    QString d;

    QString create(const QDateTime& when, const QString& owner = QStringLiteral("r1"))
    {
        ws.clock().set(when);
        return ws->dealService().create(DealBuilder().owner(owner).amount(1000).build()).id;
    }
    void move(const QString& deal, int stage, const QDateTime& when)
    {
        ws.clock().set(when);
        ws->dealService().move(deal, stageId(stage));
    }
    void removeEvent(const QString& deal, const QString& field, const QDateTime& when)
    {
        QSqlQuery query(ws->database().connection());
        query.prepare(QStringLiteral("UPDATE deal_events SET deleted = 1 WHERE deal_id = ? AND field = ? AND "
                                     "occurred_at = ?"));
        query.addBindValue(deal);
        query.addBindValue(field);
        query.addBindValue(Timestamp::toStorage(when));
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }

    Scenario()
    {
        ws.clock().set(at(1, 1));
        ws->owners().insert(Owner{QStringLiteral("r1"), QStringLiteral("Ann"), {}, OwnerRole::Rep, {}, {}, {}});
        ws->owners().insert(Owner{QStringLiteral("r2"), QStringLiteral("Bob"), {}, OwnerRole::Rep, {}, {}, {}});
        a = create(at(2, 20));
        move(a, 1, at(3, 3));
        move(a, 2, at(3, 5, 10));
        move(a, 3, at(3, 5, 10));
        expected << Expected{a, ms(3, 3), stageId(1), ms(2, 20)} << Expected{a, ms(3, 5, 10), stageId(2), ms(3, 3)}
                 << Expected{a, ms(3, 5, 10), stageId(3), ms(3, 3)}; // the same instant is not "before"

        const QString b = create(at(3, 10), QStringLiteral("r2"));
        move(b, 1, at(3, 12));
        expected << Expected{b, ms(3, 12), stageId(1), ms(3, 10)};

        c = create(at(1, 5));
        move(c, 1, at(2, 1));
        move(c, 2, at(3, 15));
        expected << Expected{c, ms(3, 15), stageId(2), ms(2, 1)};

        d = create(at(1, 6));
        move(d, 1, at(2, 2));
        removeEvent(d, QStringLiteral("stage"), at(2, 2));
        move(d, 2, at(3, 20));
        expected << Expected{d, ms(3, 20), stageId(2), ms(1, 6)};

        const QString e = create(at(3, 2));
        removeEvent(e, QStringLiteral("created"), at(3, 2));
        move(e, 1, at(3, 8));
        expected << Expected{e, ms(3, 8), stageId(1), 0};

        for (int n = 0; n < 10; ++n) {
            const QString deal = create(at(2, 1, n));
            move(deal, 1, at(3, 2 + n, 11));
            expected << Expected{deal, ms(3, 2 + n, 11), stageId(1), ms(2, 1, n)};
        }
    }
};

bool sameChange(const StageExitRow& row, const Expected& e)
{
    return row.exitedMs == e.exitedMs && row.toStage == e.toStage;
}
} // namespace

class TestStageExitTimes : public QObject
{
    Q_OBJECT
private slots:
    void entryTimesOfEveryChange();
    void ownersFilterKeepsTheirEntryTimes();
    void spanWithoutChanges();
    void visitsCountEachDealOncePerStage();
};

void TestStageExitTimes::entryTimesOfEveryChange()
{
    Scenario s;
    const QList<StageExitRow> rows = StageHistoryQuery::exits(s.ws->database(), kPipeline, {}, kFrom, kTo);
    QCOMPARE(rows.size(), s.expected.size());
    // The changes of a span are its rows in time order, whatever order the deals' ids have.
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i - 1).exitedMs <= rows.at(i).exitedMs);
    }
    for (const Expected& e : std::as_const(s.expected)) {
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&e](const auto& r) { return sameChange(r, e); });
        QVERIFY2(row != rows.cend(), qPrintable(e.deal));
        QCOMPARE(row->enteredMs, e.enteredMs);
    }
}

void TestStageExitTimes::ownersFilterKeepsTheirEntryTimes()
{
    Scenario s;
    const QList<StageExitRow> bob =
        StageHistoryQuery::exits(s.ws->database(), kPipeline, {QStringLiteral("r2")}, kFrom, kTo);
    QCOMPARE(bob.size(), 1);
    QCOMPARE(bob.at(0).exitedMs, ms(3, 12));
    QCOMPARE(bob.at(0).enteredMs, ms(3, 10));
    const QList<StageExitRow> ann =
        StageHistoryQuery::exits(s.ws->database(), kPipeline, {QStringLiteral("r1")}, kFrom, kTo);
    QCOMPARE(ann.size(), s.expected.size() - 1);
    QVERIFY(StageHistoryQuery::exits(s.ws->database(), kPipeline, {QStringLiteral("nobody")}, kFrom, kTo).isEmpty());
    // Before 12 March: A's three changes, E's and all ten of F..O (2 to 11 March); not B's.
    const QList<StageExitRow> early = StageHistoryQuery::exits(s.ws->database(), kPipeline, {}, kFrom, at(3, 12, 0));
    QCOMPARE(early.size(), 3 + 1 + 10);
    for (const StageExitRow& row : early) {
        const auto e = std::find_if(
            s.expected.cbegin(), s.expected.cend(), [&row](const Expected& x) { return sameChange(row, x); });
        QVERIFY(e != s.expected.cend());
        QCOMPARE(row.enteredMs, e->enteredMs);
    }
}

void TestStageExitTimes::spanWithoutChanges()
{
    Scenario s;
    QVERIFY(StageHistoryQuery::exits(s.ws->database(), kPipeline, {}, at(4, 1, 0), at(5, 1, 0)).isEmpty());
    QVERIFY(StageHistoryQuery::exits(s.ws->database(), kPipeline, {}, at(1, 1, 0), at(1, 31, 0)).isEmpty());
}

// The probability calibration's read, over the same history: A back to Qualified on 6 March and
// won on the 7th; C lost on 16 March, D on the 21st (D's Qualified event was removed).
void TestStageExitTimes::visitsCountEachDealOncePerStage()
{
    Scenario s;
    s.move(s.a, 1, at(3, 6));
    s.ws.clock().set(at(3, 7));
    MoveDetails won;
    won.wonAmount = Money{1000, QStringLiteral("USD")};
    won.closeDate = QDate(2026, 3, 7);
    s.ws->dealService().move(s.a, stageId(6), won);
    MoveDetails lost;
    lost.lostReason = LostReason::Price;
    s.ws.clock().set(at(3, 16));
    s.ws->dealService().move(s.c, stageId(7), lost);
    s.ws.clock().set(at(3, 21));
    s.ws->dealService().move(s.d, stageId(7), lost);
    QHash<QString, QPair<int, int>> byStage; // stage -> (won, lost) deals, all Ann's
    for (const StageVisitRow& row : StageHistoryQuery::visitsOfClosed(s.ws->database(), kPipeline, kFrom, kTo)) {
        QCOMPARE(row.ownerId, QStringLiteral("r1"));
        QVERIFY(!byStage.contains(row.stageId) ||
                !(row.won ? byStage[row.stageId].first : byStage[row.stageId].second));
        (row.won ? byStage[row.stageId].first : byStage[row.stageId].second) += row.deals;
    }
    QCOMPARE(byStage.size(), 6);
    QCOMPARE(byStage.value(stageId(0)), qMakePair(1, 2));
    QCOMPARE(byStage.value(stageId(1)), qMakePair(1, 1)); // A entered it twice; D's entry was removed
    QCOMPARE(byStage.value(stageId(2)), qMakePair(1, 2));
    QCOMPARE(byStage.value(stageId(3)), qMakePair(1, 0));
    QCOMPARE(byStage.value(stageId(6)), qMakePair(1, 0));
    QCOMPARE(byStage.value(stageId(7)), qMakePair(0, 2));
    QVERIFY(StageHistoryQuery::visitsOfClosed(s.ws->database(), kPipeline, at(4, 1, 0), at(5, 1, 0)).isEmpty());
}

QTEST_GUILESS_MAIN(TestStageExitTimes)
#include "TestStageExitTimes.moc"
