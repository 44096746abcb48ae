// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Flow states (DOMAIN.md §4) on hand-made histories; every expected value is written here.
#include "ReviewFixture.h"

#include "core/analytics/FunnelAnalysis.h"
#include "core/analytics/ReportPeriod.h"

#include <QHash>
#include <QTest>

namespace {
// Stages of the default pipeline by index: 0 Lead (rots after 14 days), 1 Qualified (21),
// 2 Needs confirmed (21), 3 Solution / POC (30), 4 Proposal (21), 5 Negotiation (14), 6 Won, 7 Lost.
const QTimeZone kUtc = QTimeZone::utc();
const QDateTime kNow = ReviewFixture::reviewNow();
const ReportPeriod kWeek = ReviewFixture::reviewWeek();
} // namespace

class TestFlowStates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void classifiesEveryDeal_data();
    void classifiesEveryDeal();
    void countsPerState();
    void ownerChangeKeepsStateAndShowsBothOwners();
    void ownerFilterUsesTheOwnerAtTheEnd();
    void periodBoundariesAreLocalMidnights_data();
    void periodBoundariesAreLocalMidnights();
    void flowAroundMidnightInAnotherTimeZone();
    void stageSummaryAndConversion();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    QHash<QString, QString> m_deals; // scenario -> deal id
    QString m_ana;
    QString m_ben;
    FunnelReport m_report;
};

void TestFlowStates::initTestCase()
{
    m_ws = std::make_unique<TempWorkspace>();
    ReviewFixture f(*m_ws);
    m_ana = f.owner(QStringLiteral("Ana"));
    m_ben = f.owner(QStringLiteral("Ben"));
    const QDateTime oct1 = ReviewFixture::utc(10, 1);
    const QDateTime sep1 = ReviewFixture::utc(9, 1);
    auto deal = [&](const char* name, const QDateTime& at, int stage) {
        const QString id = f.create(QString::fromLatin1(name), at, stage, 100000, m_ana);
        m_deals.insert(QString::fromLatin1(name), id);
        return id;
    };
    auto alive = [&](const QString& id) {
        f.interaction(id, ReviewFixture::utc(11, 20));
    };

    deal("new", ReviewFixture::utc(11, 17), 0);
    alive(deal("advanced", oct1, 1));
    f.move(m_deals[QStringLiteral("advanced")], ReviewFixture::utc(11, 18), 2);
    alive(deal("regressed", oct1, 4));
    f.move(m_deals[QStringLiteral("regressed")], ReviewFixture::utc(11, 18), 3);
    QString id = deal("back and beyond", oct1, 3);
    f.move(id, ReviewFixture::utc(11, 17), 2);
    f.move(id, ReviewFixture::utc(11, 19), 4);
    id = deal("back and forth", oct1, 4);
    f.move(id, ReviewFixture::utc(11, 17), 3);
    f.move(id, ReviewFixture::utc(11, 19), 4);
    id = deal("up then below start", oct1, 3);
    f.move(id, ReviewFixture::utc(11, 17), 4);
    f.move(id, ReviewFixture::utc(11, 19), 2);
    f.move(deal("won", oct1, 5), ReviewFixture::utc(11, 20), 6);
    f.move(deal("lost", oct1, 2), ReviewFixture::utc(11, 20), 7);
    id = deal("created and won", ReviewFixture::utc(11, 17), 0);
    f.move(id, ReviewFixture::utc(11, 19), 6);
    id = deal("reopened after lost", sep1, 2);
    f.move(id, oct1, 7);
    f.move(id, ReviewFixture::utc(11, 18), 3);
    f.move(deal("lost before the week", sep1, 2), oct1, 7);
    id = deal("reopened and lost again", sep1, 2);
    f.move(id, oct1, 7);
    f.move(id, ReviewFixture::utc(11, 17), 2);
    f.move(id, ReviewFixture::utc(11, 19), 7);
    id = deal("won and reopened", oct1, 5);
    f.move(id, ReviewFixture::utc(11, 17), 6);
    f.move(id, ReviewFixture::utc(11, 19), 5);
    deal("stalled", oct1, 2);
    f.interaction(deal("recent interaction", oct1, 2), ReviewFixture::utc(11, 10));
    f.interaction(deal("cancelled interaction", oct1, 2), ReviewFixture::utc(11, 20), AppointmentState::Cancelled);
    f.interaction(deal("planned after now", oct1, 2), ReviewFixture::utc(11, 25), AppointmentState::Planned);
    deal("exactly at threshold", ReviewFixture::utc(11, 8, 18), 0);
    deal("just past threshold", ReviewFixture::utc(11, 8, 17, 59), 0);
    f.setAmount(deal("amount change only", oct1, 1), ReviewFixture::utc(11, 18), 150000);
    id = deal("owner changed", oct1, 2);
    f.setOwner(id, ReviewFixture::utc(11, 18), m_ben);
    alive(id);
    f.remove(deal("removed", oct1, 2), ReviewFixture::utc(11, 18));

    FunnelOptions options;
    options.period = kWeek;
    options.now = kNow;
    options.zone = kUtc;
    m_report = FunnelAnalysis::run((*m_ws)->database(), options);
}

void TestFlowStates::cleanupTestCase()
{
    m_ws.reset();
}

void TestFlowStates::classifiesEveryDeal_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("inTable");
    QTest::addColumn<FlowState>("state");
    QTest::addColumn<int>("stageAtStart"); // -1: did not exist
    QTest::addColumn<int>("stageNow");
    QTest::addColumn<bool>("movedBack");
    QTest::addColumn<bool>("reopened");
    QTest::addColumn<bool>("stalled");

    auto row =
        [](const char* name, bool in, FlowState state, int start, int now, bool back, bool reopened, bool stalled) {
            QTest::addRow("%s", name) << QString::fromLatin1(name) << in << state << start << now << back << reopened
                                      << stalled;
        };
    row("new", true, FlowState::New, -1, 0, false, false, false);
    row("advanced", true, FlowState::Advanced, 1, 2, false, false, false);
    row("regressed", true, FlowState::Regressed, 4, 3, true, false, false);
    // Regressed and re-advanced inside the week: judged by where it ends.
    row("back and beyond", true, FlowState::Advanced, 3, 4, true, false, false);
    row("back and forth", true, FlowState::Steady, 4, 4, true, false, false);
    row("up then below start", true, FlowState::Regressed, 3, 2, true, false, false);
    row("won", true, FlowState::Won, 5, 6, false, false, false);
    row("lost", true, FlowState::Lost, 2, 7, false, false, false);
    // Won beats New when a deal is created and won in the same week.
    row("created and won", true, FlowState::Won, -1, 6, false, false, false);
    // Reopened after lost: re-enters the funnel as inflow.
    row("reopened after lost", true, FlowState::New, 7, 3, false, true, false);
    row("lost before the week", false, FlowState::Steady, 7, 7, false, false, false);
    row("reopened and lost again", true, FlowState::Lost, 7, 7, false, false, false);
    row("won and reopened", true, FlowState::Steady, 5, 5, false, false, false);
    // Needs confirmed rots after 21 days; in the stage since 1 October, 52 days before now.
    row("stalled", true, FlowState::Stalled, 2, 2, false, false, true);
    row("recent interaction", true, FlowState::Steady, 2, 2, false, false, false);
    row("cancelled interaction", true, FlowState::Stalled, 2, 2, false, false, true);
    row("planned after now", true, FlowState::Stalled, 2, 2, false, false, true);
    // Lead rots after 14 days: exactly 14 days is not longer than the threshold.
    row("exactly at threshold", true, FlowState::Steady, 0, 0, false, false, false);
    row("just past threshold", true, FlowState::Stalled, 0, 0, false, false, true);
    // An amount change is neither a stage change nor an interaction.
    row("amount change only", true, FlowState::Stalled, 1, 1, false, false, true);
    row("owner changed", true, FlowState::Steady, 2, 2, false, false, false);
    row("removed", false, FlowState::Steady, 2, 2, false, false, false);
}

void TestFlowStates::classifiesEveryDeal()
{
    QFETCH(QString, scenario);
    QFETCH(bool, inTable);
    QFETCH(FlowState, state);
    QFETCH(int, stageAtStart);
    QFETCH(int, stageNow);
    QFETCH(bool, movedBack);
    QFETCH(bool, reopened);
    QFETCH(bool, stalled);

    QVERIFY(m_deals.contains(scenario));
    const FunnelRow* row = ReviewFixture::funnelRow(m_report, m_deals.value(scenario));
    QCOMPARE(row != nullptr, inTable);
    if (!row) {
        return;
    }
    QCOMPARE(flowStateKey(row->flowState), flowStateKey(state));
    QCOMPARE(row->stageAtStartId, stageAtStart < 0 ? QString() : ReviewFixture::stageId(stageAtStart));
    QCOMPARE(row->stageNowId, ReviewFixture::stageId(stageNow));
    QCOMPARE(row->movedBack, movedBack);
    QCOMPARE(row->reopened, reopened);
    QCOMPARE(row->stalled, stalled);
}

void TestFlowStates::countsPerState()
{
    // 22 scenarios, 2 not in the table (closed before the week, removed).
    QCOMPARE(m_report.rows.size(), 20);
    QCOMPARE(m_report.flowCount(FlowState::New), 2);
    QCOMPARE(m_report.flowCount(FlowState::Advanced), 2);
    QCOMPARE(m_report.flowCount(FlowState::Regressed), 2);
    QCOMPARE(m_report.flowCount(FlowState::Won), 2);
    QCOMPARE(m_report.flowCount(FlowState::Lost), 2);
    QCOMPARE(m_report.flowCount(FlowState::Stalled), 5);
    QCOMPARE(m_report.flowCount(FlowState::Steady), 5);
}

void TestFlowStates::ownerChangeKeepsStateAndShowsBothOwners()
{
    const FunnelRow* row = ReviewFixture::funnelRow(m_report, m_deals.value(QStringLiteral("owner changed")));
    QVERIFY(row);
    QCOMPARE(row->ownerId, m_ben);
    QCOMPARE(row->ownerAtStartId, m_ana);
}

void TestFlowStates::ownerFilterUsesTheOwnerAtTheEnd()
{
    FunnelOptions options;
    options.period = kWeek;
    options.now = kNow;
    options.zone = kUtc;
    options.ownerIds = {m_ben};
    const FunnelReport report = FunnelAnalysis::run((*m_ws)->database(), options);
    QCOMPARE(report.rows.size(), 1);
    QCOMPARE(report.rows.front().dealId, m_deals.value(QStringLiteral("owner changed")));
}

void TestFlowStates::periodBoundariesAreLocalMidnights_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("inside");
    // 16-22 November local. Shanghai is UTC+8, New York UTC-5 (standard time since 1 November).
    const QString shanghai = QStringLiteral("Asia/Shanghai");
    const QString newYork = QStringLiteral("America/New_York");
    QTest::addRow("Shanghai 00:30 on the first day") << shanghai << ReviewFixture::utc(11, 15, 16, 30) << true;
    QTest::addRow("Shanghai 23:30 the day before") << shanghai << ReviewFixture::utc(11, 15, 15, 30) << false;
    QTest::addRow("Shanghai 23:59 on the last day") << shanghai << ReviewFixture::utc(11, 22, 15, 59) << true;
    QTest::addRow("Shanghai 00:00 the day after") << shanghai << ReviewFixture::utc(11, 22, 16, 0) << false;
    QTest::addRow("New York 00:00 on the first day") << newYork << ReviewFixture::utc(11, 16, 5, 0) << true;
    QTest::addRow("New York 23:59 the day before") << newYork << ReviewFixture::utc(11, 16, 4, 59) << false;
    QTest::addRow("New York 23:30 on the last day") << newYork << ReviewFixture::utc(11, 23, 4, 30) << true;
    QTest::addRow("New York 00:00 the day after") << newYork << ReviewFixture::utc(11, 23, 5, 0) << false;
}

void TestFlowStates::periodBoundariesAreLocalMidnights()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, at);
    QFETCH(bool, inside);
    const QTimeZone tz(zone.toLatin1());
    QVERIFY(tz.isValid());
    const ReportPeriod period = ReportPeriod::fromLocalDays(QDate(2026, 11, 16), QDate(2026, 11, 22), tz);
    QCOMPARE(period.contains(at), inside);
}

void TestFlowStates::flowAroundMidnightInAnotherTimeZone()
{
    // The week of 16-22 November in Shanghai: 15 Nov 16:00 UTC to 22 Nov 16:00 UTC, looked at
    // on Monday 23 November 11:00 local.
    TempWorkspace ws;
    ReviewFixture f(ws);
    const QTimeZone shanghai("Asia/Shanghai");
    const QString justInside =
        f.create(QStringLiteral("created 00:30 local"), ReviewFixture::utc(11, 15, 16, 30), 1, 1000);
    const QString justBefore =
        f.create(QStringLiteral("created 23:30 local"), ReviewFixture::utc(11, 15, 15, 30), 1, 1000);
    const QString wonLastMinute = f.create(QStringLiteral("won 23:59"), ReviewFixture::utc(10, 1), 5, 1000);
    f.move(wonLastMinute, ReviewFixture::utc(11, 22, 15, 59), 6);
    const QString wonNextDay = f.create(QStringLiteral("won 00:01 next day"), ReviewFixture::utc(10, 1), 5, 1000);
    f.interaction(wonNextDay, ReviewFixture::utc(11, 20));
    f.move(wonNextDay, ReviewFixture::utc(11, 22, 16, 1), 6);

    FunnelOptions options;
    options.period = ReportPeriod::fromLocalDays(QDate(2026, 11, 16), QDate(2026, 11, 22), shanghai);
    options.now = ReviewFixture::utc(11, 23, 3);
    options.zone = shanghai;
    const FunnelReport report = FunnelAnalysis::run(ws->database(), options);
    QCOMPARE(report.asOf, ReviewFixture::utc(11, 22, 16));
    QCOMPARE(ReviewFixture::funnelRow(report, justInside)->flowState, FlowState::New);
    QCOMPARE(ReviewFixture::funnelRow(report, justBefore)->flowState, FlowState::Steady);
    QCOMPARE(ReviewFixture::funnelRow(report, wonLastMinute)->flowState, FlowState::Won);
    // Won one minute after the week ended: still open at its end.
    QCOMPARE(ReviewFixture::funnelRow(report, wonNextDay)->flowState, FlowState::Steady);
    QCOMPARE(ReviewFixture::funnelRow(report, wonNextDay)->stageNowId, ReviewFixture::stageId(5));
}

void TestFlowStates::stageSummaryAndConversion()
{
    TempWorkspace ws;
    ReviewFixture f(ws);
    const QDateTime oct1 = ReviewFixture::utc(10, 1);
    const QString p = f.create(QStringLiteral("P"), oct1, 1, 100000);
    f.move(p, ReviewFixture::utc(11, 17), 2);
    f.move(p, ReviewFixture::utc(11, 19), 3);
    const QString q = f.create(QStringLiteral("Q"), oct1, 1, 100000);
    f.interaction(q, ReviewFixture::utc(11, 20));
    const QString r = f.create(QStringLiteral("R"), oct1, 2, 100000);
    f.move(r, ReviewFixture::utc(11, 18), 1);
    f.create(QStringLiteral("S"), ReviewFixture::utc(11, 17), 1, 100000);

    FunnelOptions options;
    options.period = kWeek;
    options.now = kNow;
    options.zone = kUtc;
    const FunnelReport report = FunnelAnalysis::run(ws->database(), options);
    QCOMPARE(report.stages.size(), 6);
    const StageSummaryRow& qualified = report.stages.at(1);
    const StageSummaryRow& needs = report.stages.at(2);
    const StageSummaryRow& solution = report.stages.at(3);
    // Now: Q, R and S in Qualified; P in Solution / POC.
    QCOMPARE(qualified.count, 3);
    QCOMPARE(qualified.amountBase, 300000);
    QCOMPARE(qualified.weightedBase, 30000); // 10 %
    QCOMPARE(solution.count, 1);
    QCOMPARE(solution.weightedBase, 50000); // 50 %
    QCOMPARE(needs.count, 0);
    // Days in Qualified now: Q 52 (since 1 Oct 12:00), R 4 (18 Nov 12:00), S 5 (17 Nov 12:00).
    QVERIFY(qualified.averageDaysInStage);
    QCOMPARE(*qualified.averageDaysInStage, (52.0 + 4.0 + 5.0) / 3.0);
    // In Qualified during the week: P and Q (at the start), R (moved back into it), S (created
    // in it); only P moved on.
    QCOMPARE(qualified.passedThrough, 4);
    QCOMPARE(qualified.movedOn, 1);
    QCOMPARE(*qualified.conversion(), 0.25);
    // In Needs confirmed: R (at the start, moved back: not forward) and P (moved on).
    QCOMPARE(needs.passedThrough, 2);
    QCOMPARE(needs.movedOn, 1);
    QCOMPARE(solution.passedThrough, 1);
    QCOMPARE(solution.movedOn, 0);
}

QTEST_GUILESS_MAIN(TestFlowStates)
#include "TestFlowStates.moc"
