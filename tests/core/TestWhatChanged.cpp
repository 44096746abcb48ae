// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What changed since a date and the pipeline waterfall, on a hand-made week. Amounts are in
// cents; the expected numbers are worked out by hand in the comments.
#include "ReviewFixture.h"

#include "core/review/WhatChanged.h"
#include "core/storage/DealHistoryQuery.h"

#include <QTest>

namespace {
const QTimeZone kUtc = QTimeZone::utc();
const QDateTime kSince = ReviewFixture::utc(11, 16, 0);
const QDateTime kNow = ReviewFixture::utc(11, 22, 18);

int rowsOf(const WhatChangedReport& report, const QString& dealId, ChangeKind kind)
{
    return int(std::count_if(report.rows.cbegin(), report.rows.cend(), [&](const DealChangeRow& row) {
        return row.dealId == dealId && row.kind == kind;
    }));
}

const DealChangeRow* rowOf(const WhatChangedReport& report, const QString& dealId, ChangeKind kind)
{
    for (const DealChangeRow& row : report.rows) {
        if (row.dealId == dealId && row.kind == kind) {
            return &row;
        }
    }
    return nullptr;
}
} // namespace

class TestWhatChanged : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void waterfallOfTheTeamBalances();
    void transfersAppearOnlyForASetOfReps_data();
    void transfersAppearOnlyForASetOfReps();
    void listsEveryNetChange();
    void netChangesHideWhatCameBack();
    void amountsInOtherCurrenciesAreConverted();
    void historyReadOnceGivesTheSameReport();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    QString m_ana;
    QString m_ben;
    QHash<QString, QString> m_deals;
};

void TestWhatChanged::initTestCase()
{
    m_ws = std::make_unique<TempWorkspace>();
    ReviewFixture f(*m_ws);
    m_ana = f.owner(QStringLiteral("Ana"));
    m_ben = f.owner(QStringLiteral("Ben"));
    f.rate(QStringLiteral("EUR"), 1.2);
    const QDateTime oct1 = ReviewFixture::utc(10, 1);
    auto deal = [&](const char* name,
                    const QDateTime& at,
                    int stage,
                    qint64 amount,
                    const QString& currency = QStringLiteral("USD")) {
        const QString id = f.create(QString::fromLatin1(name), at, stage, amount, m_ana, QDate(2026, 12, 15), currency);
        m_deals.insert(QString::fromLatin1(name), id);
        return id;
    };
    // W1: 100.00 -> 150.00, close date pushed: +50.00 increase, stays open.
    QString id = deal("W1", oct1, 1, 10000);
    f.setAmount(id, ReviewFixture::utc(11, 18), 15000);
    f.setCloseDate(id, ReviewFixture::utc(11, 19), QDate(2026, 12, 31));
    // W2: 200.00 -> 120.00 (-80.00), then won at 120.00.
    id = deal("W2", oct1, 4, 20000);
    f.setAmount(id, ReviewFixture::utc(11, 18), 12000);
    f.move(id, ReviewFixture::utc(11, 20), 6);
    // W3: 300.00 lost.
    f.move(deal("W3", oct1, 2, 30000), ReviewFixture::utc(11, 19), 7);
    // W4: created at 400.00.
    deal("W4", ReviewFixture::utc(11, 17), 0, 40000);
    // W5: created at 50.00 and won in the same week.
    f.move(deal("W5", ReviewFixture::utc(11, 17), 0, 5000), ReviewFixture::utc(11, 19), 6);
    // W6: 70.00, lost in October, reopened.
    id = deal("W6", ReviewFixture::utc(9, 1), 2, 7000);
    f.move(id, oct1, 7);
    f.move(id, ReviewFixture::utc(11, 18), 3);
    // W7: 500.00 EUR = 600.00 USD, advanced.
    f.move(deal("W7", oct1, 1, 50000, QStringLiteral("EUR")), ReviewFixture::utc(11, 18), 2);
    // W8: 90.00 CHF without an exchange rate: left out.
    deal("W8", oct1, 1, 9000, QStringLiteral("CHF"));
    // W9: 80.00, removed in the week: not part of the pipeline at either end.
    f.remove(deal("W9", oct1, 1, 8000), ReviewFixture::utc(11, 18));
    // W10: won in October, untouched.
    f.move(deal("W10", ReviewFixture::utc(9, 1), 5, 99900), oct1, 6);
    // W11: 60.00, handed from Ana to Ben.
    f.setOwner(deal("W11", oct1, 2, 6000), ReviewFixture::utc(11, 18), m_ben);
    // W12: amount up and back down within the week: no net change.
    id = deal("W12", oct1, 2, 10000);
    f.setAmount(id, ReviewFixture::utc(11, 17), 20000);
    f.setAmount(id, ReviewFixture::utc(11, 19), 10000);
}

void TestWhatChanged::cleanupTestCase()
{
    m_ws.reset();
}

void TestWhatChanged::waterfallOfTheTeamBalances()
{
    const WhatChangedReport report = WhatChanged::run((*m_ws)->database(), {kSince, kNow, kUtc, {}});
    const Waterfall& w = report.waterfall;
    // start: W1 100 + W2 200 + W3 300 + W7 600 + W11 60 + W12 100 = 1360.00
    QCOMPARE(w.start, 136000);
    QCOMPARE(w.startDeals, 6);
    // added: W4 400 + W5 50 + W6 70 = 520.00
    QCOMPARE(w.added, 52000);
    QCOMPARE(w.addedDeals, 3);
    QCOMPARE(w.increases, 5000);
    QCOMPARE(w.decreases, 8000);
    QCOMPARE(w.lost, 30000);
    QCOMPARE(w.lostDeals, 1);
    // won: W2 at 120 + W5 50 = 170.00
    QCOMPARE(w.won, 17000);
    QCOMPARE(w.wonDeals, 2);
    QCOMPARE(w.transferredIn, 0);
    QCOMPARE(w.transferredOut, 0);
    // end: W1 150 + W4 400 + W6 70 + W7 600 + W11 60 + W12 100 = 1380.00
    QCOMPARE(w.end, 138000);
    QCOMPARE(w.endDeals, 6);
    // 1360 + 520 + 50 - 80 - 300 - 170 = 1380
    QCOMPARE(w.start + w.added + w.increases - w.decreases - w.lost - w.won, w.end);
    QVERIFY(w.balances());
    QCOMPARE(w.unconverted, QSet<QString>{QStringLiteral("CHF")});
}

void TestWhatChanged::transfersAppearOnlyForASetOfReps_data()
{
    QTest::addColumn<bool>("ana");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("in");
    QTest::addColumn<qint64>("out");
    QTest::addColumn<qint64>("end");
    // Ana: everything but W11 leaves her at 60.00; Ben: W11 arrives.
    QTest::addRow("Ana") << true << qint64(136000) << qint64(0) << qint64(6000) << qint64(132000);
    QTest::addRow("Ben") << false << qint64(0) << qint64(6000) << qint64(0) << qint64(6000);
}

void TestWhatChanged::transfersAppearOnlyForASetOfReps()
{
    QFETCH(bool, ana);
    QFETCH(qint64, start);
    QFETCH(qint64, in);
    QFETCH(qint64, out);
    QFETCH(qint64, end);
    const WhatChangedReport report = WhatChanged::run((*m_ws)->database(), {kSince, kNow, kUtc, {ana ? m_ana : m_ben}});
    const Waterfall& w = report.waterfall;
    QCOMPARE(w.start, start);
    QCOMPARE(w.transferredIn, in);
    QCOMPARE(w.transferredOut, out);
    QCOMPARE(w.end, end);
    QVERIFY(w.balances());
}

void TestWhatChanged::listsEveryNetChange()
{
    const WhatChangedReport report = WhatChanged::run((*m_ws)->database(), {kSince, kNow, kUtc, {}});
    const QString w1 = m_deals.value(QStringLiteral("W1"));
    const DealChangeRow* up = rowOf(report, w1, ChangeKind::AmountUp);
    QVERIFY(up);
    QCOMPARE(up->deltaBase, std::optional<qint64>(5000));
    QCOMPARE(up->at, ReviewFixture::utc(11, 18));
    const DealChangeRow* pushed = rowOf(report, w1, ChangeKind::ClosePushed);
    QVERIFY(pushed);
    QCOMPARE(pushed->fromDate, QDate(2026, 12, 15));
    QCOMPARE(pushed->toDate, QDate(2026, 12, 31));
    const QString w2 = m_deals.value(QStringLiteral("W2"));
    QCOMPARE(rowsOf(report, w2, ChangeKind::Won), 1);
    QCOMPARE(rowOf(report, w2, ChangeKind::AmountDown)->deltaBase, std::optional<qint64>(-8000));
    QCOMPARE(rowsOf(report, m_deals.value(QStringLiteral("W3")), ChangeKind::Lost), 1);
    QCOMPARE(rowsOf(report, m_deals.value(QStringLiteral("W4")), ChangeKind::New), 1);
    QCOMPARE(rowsOf(report, m_deals.value(QStringLiteral("W5")), ChangeKind::New), 1);
    QCOMPARE(rowsOf(report, m_deals.value(QStringLiteral("W5")), ChangeKind::Won), 1);
    const DealChangeRow* reopened = rowOf(report, m_deals.value(QStringLiteral("W6")), ChangeKind::Reopened);
    QVERIFY(reopened);
    QCOMPARE(reopened->fromStageId, ReviewFixture::stageId(7));
    QCOMPARE(reopened->toStageId, ReviewFixture::stageId(3));
    const DealChangeRow* advanced = rowOf(report, m_deals.value(QStringLiteral("W7")), ChangeKind::Advanced);
    QVERIFY(advanced);
    QCOMPARE(advanced->fromStageId, ReviewFixture::stageId(1));
    QCOMPARE(advanced->toStageId, ReviewFixture::stageId(2));
    const DealChangeRow* handed = rowOf(report, m_deals.value(QStringLiteral("W11")), ChangeKind::OwnerChanged);
    QVERIFY(handed);
    QCOMPARE(handed->fromOwnerId, m_ana);
    QCOMPARE(handed->toOwnerId, m_ben);
    // Untouched and removed deals have no rows; newest first.
    QCOMPARE(rowsOf(report, m_deals.value(QStringLiteral("W10")), ChangeKind::Won), 0);
    for (const DealChangeRow& row : report.rows) {
        QVERIFY(row.dealId != m_deals.value(QStringLiteral("W9")));
        QVERIFY(row.dealId != m_deals.value(QStringLiteral("W10")));
    }
    for (qsizetype i = 1; i < report.rows.size(); ++i) {
        QVERIFY(report.rows.at(i - 1).at >= report.rows.at(i).at);
    }
    // W1 2, W2 2, W3 1, W4 1, W5 2, W6 1, W7 1, W11 1
    QCOMPARE(report.rows.size(), 11);
}

void TestWhatChanged::netChangesHideWhatCameBack()
{
    const WhatChangedReport report = WhatChanged::run((*m_ws)->database(), {kSince, kNow, kUtc, {}});
    const QString w12 = m_deals.value(QStringLiteral("W12"));
    QCOMPARE(rowsOf(report, w12, ChangeKind::AmountUp) + rowsOf(report, w12, ChangeKind::AmountDown), 0);
    // Since 18 November the same deal shows the decrease only.
    const WhatChangedReport later = WhatChanged::run((*m_ws)->database(), {ReviewFixture::utc(11, 18), kNow, kUtc, {}});
    QCOMPARE(rowOf(later, w12, ChangeKind::AmountDown)->deltaBase, std::optional<qint64>(-10000));
    QVERIFY(later.waterfall.balances());
}

void TestWhatChanged::amountsInOtherCurrenciesAreConverted()
{
    // Since 17 November 13:00: W4 and W5 existed already; W7 is 500.00 EUR at 1.2.
    const WhatChangedReport report =
        WhatChanged::run((*m_ws)->database(), {ReviewFixture::utc(11, 17, 13), kNow, kUtc, {}});
    QCOMPARE(report.baseCurrency, QStringLiteral("USD"));
    // start: W1 100 + W2 200 + W3 300 + W7 600 + W11 60 + W12 200 + W4 400 + W5 50 = 1910.00
    QCOMPARE(report.waterfall.start, 191000);
    QCOMPARE(report.waterfall.added, 7000); // W6 reopened
    QVERIFY(report.waterfall.balances());
}

void TestWhatChanged::historyReadOnceGivesTheSameReport()
{
    // The weekly review report reads the history once for the funnel table of a period that
    // ends after now. W13 is created after now (an entry dated ahead): in that history, not in
    // what changed up to now. Runs last: it adds W13 to the shared fixture.
    ReviewFixture f(*m_ws);
    const QString w13 = f.create(QStringLiteral("W13"), ReviewFixture::utc(11, 23, 9), 1, 12300, m_ana);
    const QList<DealTimeline> history =
        DealHistoryQuery::timelines((*m_ws)->database(), kSince, ReviewFixture::utc(11, 24, 0));
    QVERIFY(std::any_of(
        history.cbegin(), history.cend(), [&w13](const DealTimeline& timeline) { return timeline.dealId == w13; }));
    const WhatChangedOptions options{kSince, kNow, kUtc, {}};
    const WhatChangedReport shared = WhatChanged::run((*m_ws)->database(), options, history);
    const WhatChangedReport own = WhatChanged::run((*m_ws)->database(), options);
    // The hand-worked waterfall of waterfallOfTheTeamBalances, W13 nowhere.
    QCOMPARE(shared.waterfall.start, 136000);
    QCOMPARE(shared.waterfall.added, 52000);
    QCOMPARE(shared.waterfall.addedDeals, 3);
    QCOMPARE(shared.waterfall.end, 138000);
    QCOMPARE(rowsOf(shared, w13, ChangeKind::New), 0);
    QCOMPARE(shared.waterfall.end, own.waterfall.end);
    QCOMPARE(shared.rows.size(), own.rows.size());
    for (qsizetype i = 0; i < own.rows.size(); ++i) {
        QCOMPARE(shared.rows.at(i).dealId, own.rows.at(i).dealId);
        QCOMPARE(shared.rows.at(i).kind, own.rows.at(i).kind);
        QCOMPARE(shared.rows.at(i).at, own.rows.at(i).at);
    }
}

QTEST_GUILESS_MAIN(TestWhatChanged)
#include "TestWhatChanged.moc"
