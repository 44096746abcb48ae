// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFixtures.h"

#include "core/analytics/FunnelMetrics.h"
#include "core/analytics/StageConversion.h"
#include "core/analytics/StageIndex.h"

#include <QTest>

using namespace ChartFixtures;

namespace {
QList<StageTotalRow> totals()
{
    return {{QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("USD"), 2, 100000},
            {QStringLiteral("r2"), QStringLiteral("a"), QStringLiteral("EUR"), 1, 50000}, // 60000 USD
            {QStringLiteral("r1"), QStringLiteral("b"), QStringLiteral("USD"), 1, 200000},
            {QStringLiteral("r2"), QStringLiteral("c"), QStringLiteral("GBP"), 1, 10000}, // no rate
            {QStringLiteral("r1"), QStringLiteral("x"), QStringLiteral("USD"), 9, 999}};  // not this pipeline
}

StageExitRow exit(const char* from, const char* to, qint64 enteredDay, qint64 exitedDay)
{
    return StageExitRow{QString::fromLatin1(from),
                        QString::fromLatin1(to),
                        enteredDay < 0 ? 0 : ms(QDate(2026, 3, 1)) + enteredDay * kDay,
                        ms(QDate(2026, 3, 1)) + exitedDay * kDay};
}

QList<StageExitRow> exits()
{
    return {exit("a", "b", 0, 2),      // forward, 2 days
            exit("a", "lost", 1, 5),   // lost, 4 days
            exit("a", "c", 10, 11),    // forward (skips b), 1 day
            exit("b", "c", 2, 12),     // forward, 10 days
            exit("b", "a", -1, 20),    // back, entry unknown
            exit("c", "won", 11, 14),  // forward to won, 3 days
            exit("c", "b", 12, 13),    // back, 1 day
            exit("won", "c", 14, 15)}; // a reopening: not an exit of an open stage
}
} // namespace

class TestFunnelMetrics : public QObject
{
    Q_OBJECT
private slots:
    void stageConversionCountsWhereExitsWent();
    void stageConversionWithoutExits();
    void stageConversionFromMoveCounts();
    void funnelSumsOpenDealsInBaseCurrency();
    void funnelForOneRep();
    void emptyFunnel();
};

void TestFunnelMetrics::stageConversionCountsWhereExitsWent()
{
    const Pipeline p = pipeline();
    const StageConversionResult r = StageConversion::compute(p, exits(), StageIndex({p}));
    QCOMPARE(r.stages.size(), 3);
    QCOMPARE(r.exits, 7);
    const StageConversionStage& a = r.stages.at(0);
    QCOMPARE(a.exits, 3);
    QCOMPARE(a.forward, 2);
    QCOMPARE(a.lost, 1);
    QCOMPARE(a.backward, 0);
    QCOMPARE(*a.conversion, 2.0 / 3.0);
    QCOMPARE(a.timed, 3);
    QCOMPARE(*a.medianDays, 2.0);            // 1, 2, 4
    QVERIFY(qFuzzyCompare(*a.p80Days, 3.2)); // 2 + 0.6 × 2
    const StageConversionStage& b = r.stages.at(1);
    QCOMPARE(b.exits, 2);
    QCOMPARE(b.forward, 1);
    QCOMPARE(b.backward, 1);
    QCOMPARE(*b.conversion, 0.5);
    QCOMPARE(b.timed, 1);
    QCOMPARE(*b.medianDays, 10.0);
    const StageConversionStage& c = r.stages.at(2);
    QCOMPARE(c.exits, 2);
    QCOMPARE(c.forward, 1); // to won
    QCOMPARE(c.backward, 1);
    QCOMPARE(*c.medianDays, 2.0); // 1 and 3
}

void TestFunnelMetrics::stageConversionWithoutExits()
{
    const Pipeline p = pipeline();
    const StageConversionResult r = StageConversion::compute(p, {}, StageIndex({p}));
    QVERIFY(r.isEmpty());
    for (const StageConversionStage& s : r.stages) {
        QVERIFY(!s.conversion);
        QVERIFY(!s.medianDays);
        QVERIFY(!s.p80Days);
    }
}

void TestFunnelMetrics::stageConversionFromMoveCounts()
{
    const Pipeline p = pipeline();
    auto move = [](const char* from, const char* to, int n) {
        return StageMoveRow{QString::fromLatin1(from), QString::fromLatin1(to), n};
    };
    const QList<StageMoveRow> moves{move("a", "b", 3),
                                    move("a", "lost", 1),
                                    move("a", "c", 2),
                                    move("b", "c", 4),
                                    move("b", "a", 1),
                                    move("c", "won", 2),
                                    move("c", "b", 1),
                                    move("won", "c", 5)}; // reopenings: not exits of an open stage
    const StageConversionResult r = StageConversion::counts(p, moves, StageIndex({p}));
    QCOMPARE(r.stages.size(), 3);
    QCOMPARE(r.exits, 14);
    const StageConversionStage& a = r.stages.at(0);
    QCOMPARE(a.exits, 6);
    QCOMPARE(a.forward, 5);
    QCOMPARE(a.lost, 1);
    QCOMPARE(a.backward, 0);
    QCOMPARE(*a.conversion, 5.0 / 6.0);
    QCOMPARE(a.timed, 0);
    QVERIFY(!a.medianDays);
    QVERIFY(!a.p80Days);
    const StageConversionStage& b = r.stages.at(1);
    QCOMPARE(b.exits, 5);
    QCOMPARE(b.forward, 4);
    QCOMPARE(b.backward, 1);
    QCOMPARE(*b.conversion, 0.8);
    const StageConversionStage& c = r.stages.at(2);
    QCOMPARE(c.exits, 3);
    QCOMPARE(c.forward, 2);
    QCOMPARE(c.backward, 1);
    QCOMPARE(*c.conversion, 2.0 / 3.0);
    // The same exits one by one give the same counts (each move its own row, no entry times).
    QList<StageExitRow> single;
    for (const StageMoveRow& m : moves) {
        for (int i = 0; i < m.moves; ++i) {
            single.append(StageExitRow{m.fromStage, m.toStage, 0, 0});
        }
    }
    const StageConversionResult one = StageConversion::compute(p, single, StageIndex({p}));
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(r.stages.at(i).exits, one.stages.at(i).exits);
        QCOMPARE(r.stages.at(i).forward, one.stages.at(i).forward);
        QCOMPARE(r.stages.at(i).backward, one.stages.at(i).backward);
        QCOMPARE(r.stages.at(i).lost, one.stages.at(i).lost);
    }
    QVERIFY(StageConversion::counts(p, {}, StageIndex({p})).isEmpty());
    QVERIFY(!StageConversion::counts(p, {}, StageIndex({p})).stages.at(0).conversion);
}

void TestFunnelMetrics::funnelSumsOpenDealsInBaseCurrency()
{
    const Pipeline p = pipeline();
    const StageConversionResult conversion = StageConversion::compute(p, exits(), StageIndex({p}));
    const FunnelResult f = FunnelMetrics::compute(p, totals(), conversion, ChartFilter{}, usd());
    QCOMPARE(f.baseCurrency, QStringLiteral("USD"));
    QCOMPARE(f.stages.size(), 3);
    QCOMPARE(f.stages.at(0).deals, 3);
    QCOMPARE(f.stages.at(0).amountMinor, 160000);  // 100000 + 50000 × 1.2
    QCOMPARE(f.stages.at(0).weightedMinor, 16000); // 10 %
    QCOMPARE(f.stages.at(1).amountMinor, 200000);
    QCOMPARE(f.stages.at(1).weightedMinor, 100000); // 50 %
    QCOMPARE(f.stages.at(2).deals, 1);              // counted, though its amount cannot be valued
    QCOMPARE(f.stages.at(2).amountMinor, 0);
    QCOMPARE(f.unconverted, QSet<QString>{QStringLiteral("GBP")});
    QCOMPARE(f.deals(), 5);
    QCOMPARE(f.amountMinor(), 360000);
    QCOMPARE(f.weightedMinor(), 116000);
    QCOMPARE(f.stages.at(0).exits, 3);
    QCOMPARE(*f.stages.at(0).conversion, 2.0 / 3.0);
}

void TestFunnelMetrics::funnelForOneRep()
{
    const Pipeline p = pipeline();
    ChartFilter filter;
    filter.ownerIds = {QStringLiteral("r1")};
    const FunnelResult f = FunnelMetrics::compute(p, totals(), {}, filter, usd());
    QCOMPARE(f.stages.at(0).deals, 2);
    QCOMPARE(f.stages.at(0).amountMinor, 100000);
    QCOMPARE(f.stages.at(0).weightedMinor, 10000);
    QCOMPARE(f.stages.at(2).deals, 0);
    QVERIFY(f.unconverted.isEmpty());
    QVERIFY(!f.stages.at(0).conversion);
}

void TestFunnelMetrics::emptyFunnel()
{
    const FunnelResult f = FunnelMetrics::compute(pipeline(), {}, {}, ChartFilter{}, usd());
    QVERIFY(f.isEmpty());
    QCOMPARE(f.stages.size(), 3);
    QCOMPARE(f.amountMinor(), 0);
}

QTEST_GUILESS_MAIN(TestFunnelMetrics)
#include "TestFunnelMetrics.moc"
