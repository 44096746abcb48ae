// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The flow waterfall chart's light read (WaterfallQuery + FlowWaterfall) against hand-worked
// figures and against the weekly review's waterfall (WhatChanged over DealHistoryQuery) on the
// same history: a deal lost before the span and reopened in it, an owner change, amounts in
// EUR converted to USD, a currency change, two changes of one deal at the same moment, and
// changes after the span's end. Amounts are in cents.
#include "core/analytics/ChartDataLoader.h"
#include "core/analytics/CurrencyConverter.h"
#include "core/analytics/FlowWaterfall.h"
#include "core/analytics/StageIndex.h"
#include "core/domain/DefaultPipeline.h"
#include "core/review/WhatChanged.h"
#include "core/services/DealService.h"
#include "core/storage/DealHistoryQuery.h"
#include "core/storage/DealRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/WaterfallQuery.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>

namespace {
const QTimeZone kUtc = QTimeZone::utc();
const QString kPipeline = QString::fromLatin1(DefaultPipeline::pipelineId);
const QString kAnn = QStringLiteral("r1");
const QString kBob = QStringLiteral("r2");
const QString kUsd = QStringLiteral("USD");
const QString kEur = QStringLiteral("EUR");
const ExchangeRate kEurRate{{}, kEur, 1.10, QDate(2026, 1, 1)};

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), kUtc);
}

QString stageId(int index)
{
    return DefaultPipeline::stageIds().at(index); // 0-5 open, 6 won, 7 lost
}

// The span is [3rd, 20th). Before it: B is created (Bob, 50.00) and lost on the 2nd; A (Ann,
// 100.00), C (Ann, 200.00 EUR), D (Bob, 80.00) and F (Bob, 30.00) are created on the 2nd.
// In it: A drops to 80.00 (5th) and passes to Bob (8th); C grows to 300.00 EUR (6th) and is
// won (9th); D goes to 120.00 and then, at the same moment, to 100.00 EUR (7th); B is reopened
// (10th) and grows to 60.00 (12th); E is created (Ann, 40.00, 11th); G is created (Bob, 25.00,
// 14th) and lost (15th). After it: A goes to 90.00 (22nd) and D passes to Ann (23rd).
struct History
{
    TempWorkspace ws;

    History()
    {
        ws.clock().set(at(1));
        ws->owners().insert(Owner{kAnn, QStringLiteral("Ann"), {}, OwnerRole::Rep, {}, {}, {}});
        ws->owners().insert(Owner{kBob, QStringLiteral("Bob"), {}, OwnerRole::Rep, {}, {}, {}});
        ws->exchangeRates().insert(kEurRate);
        DealService& deals = ws->dealService();
        auto create = [&](const QString& owner, int stage, qint64 amount, const QString& currency) {
            return deals.create(DealBuilder().owner(owner).stage(stage).amount(amount, currency).build()).id;
        };
        auto change = [&](const QString& id, auto edit) {
            Deal deal = *ws->deals().deal(id);
            edit(deal);
            deals.update(deal);
        };
        const QString b = create(kBob, 1, 5000, kUsd);
        ws.clock().set(at(2));
        const QString a = create(kAnn, 0, 10000, kUsd);
        const QString c = create(kAnn, 0, 20000, kEur);
        const QString d = create(kBob, 0, 8000, kUsd);
        create(kBob, 0, 3000, kUsd); // F
        MoveDetails lost;
        lost.lostReason = LostReason::Price;
        deals.move(b, stageId(7), lost);
        ws.clock().set(at(5));
        change(a, [](Deal& deal) { deal.amount.minor = 8000; });
        ws.clock().set(at(6));
        change(c, [](Deal& deal) { deal.amount.minor = 30000; });
        ws.clock().set(at(7));
        change(d, [](Deal& deal) { deal.amount.minor = 12000; });
        change(d, [&](Deal& deal) { deal.amount = Money{10000, kEur}; });
        ws.clock().set(at(8));
        change(a, [&](Deal& deal) { deal.ownerId = kBob; });
        ws.clock().set(at(9));
        MoveDetails won;
        won.wonAmount = Money{30000, kEur};
        won.closeDate = QDate(2026, 3, 9);
        deals.move(c, stageId(6), won);
        ws.clock().set(at(10));
        deals.move(b, stageId(1));
        ws.clock().set(at(11));
        create(kAnn, 0, 4000, kUsd); // E
        ws.clock().set(at(12));
        change(b, [](Deal& deal) { deal.amount.minor = 6000; });
        ws.clock().set(at(14));
        const QString g = create(kBob, 0, 2500, kUsd);
        ws.clock().set(at(15));
        deals.move(g, stageId(7), lost);
        ws.clock().set(at(22));
        change(a, [](Deal& deal) { deal.amount.minor = 9000; });
        ws.clock().set(at(23));
        change(d, [&](Deal& deal) { deal.ownerId = kAnn; });
        ws.clock().set(at(24));
    }
};

const ReportPeriod kSpan{at(3), at(20)};

CurrencyConverter converter()
{
    return CurrencyConverter(kUsd, {kEurRate}, QDate(2026, 3, 20));
}

void compareWaterfalls(const Waterfall& actual, const Waterfall& expected)
{
    QCOMPARE(actual.start, expected.start);
    QCOMPARE(actual.startDeals, expected.startDeals);
    QCOMPARE(actual.added, expected.added);
    QCOMPARE(actual.addedDeals, expected.addedDeals);
    QCOMPARE(actual.increases, expected.increases);
    QCOMPARE(actual.decreases, expected.decreases);
    QCOMPARE(actual.won, expected.won);
    QCOMPARE(actual.wonDeals, expected.wonDeals);
    QCOMPARE(actual.lost, expected.lost);
    QCOMPARE(actual.lostDeals, expected.lostDeals);
    QCOMPARE(actual.transferredIn, expected.transferredIn);
    QCOMPARE(actual.transferredOut, expected.transferredOut);
    QCOMPARE(actual.end, expected.end);
    QCOMPARE(actual.endDeals, expected.endDeals);
    QCOMPARE(actual.unconverted, expected.unconverted);
}
} // namespace

Q_DECLARE_METATYPE(Waterfall)

class TestFlowWaterfall : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithTheReview_data();
    void agreesWithTheReview();
    void chartLoaderUsesIt();
    void missingRateLeavesTheDealOut();
};

void TestFlowWaterfall::agreesWithTheReview_data()
{
    QTest::addColumn<QStringList>("owners");
    QTest::addColumn<Waterfall>("expected");
    // start, added, increases, decreases, lost, won, in, out, end; then the deal counts.
    auto waterfall = [](std::array<qint64, 9> v, std::array<int, 5> n) {
        Waterfall w;
        w.start = v[0];
        w.added = v[1];
        w.increases = v[2];
        w.decreases = v[3];
        w.lost = v[4];
        w.won = v[5];
        w.transferredIn = v[6];
        w.transferredOut = v[7];
        w.end = v[8];
        w.startDeals = n[0];
        w.addedDeals = n[1];
        w.lostDeals = n[2];
        w.wonDeals = n[3];
        w.endDeals = n[4];
        return w;
    };
    // By hand, EUR at 1.10. Start: A 100.00, C 220.00, D 80.00, F 30.00. Added: B reopened at
    // 60.00, E 40.00, G 25.00. Increases: C +110.00, D +30.00 (80.00 USD to 110.00); decrease:
    // A −20.00. Won: C 330.00; lost: G 25.00. End: A 80.00 (the 22nd is after it), B 60.00,
    // D 110.00 (still Bob's at the end), E 40.00, F 30.00.
    QTest::newRow("team") << QStringList()
                          << waterfall({43000, 12500, 14000, 2000, 2500, 33000, 0, 0, 32000}, {4, 3, 1, 1, 5});
    QTest::newRow("both reps") << QStringList{kAnn, kBob}
                               << waterfall({43000, 12500, 14000, 2000, 2500, 33000, 0, 0, 32000}, {4, 3, 1, 1, 5});
    // Ann: A and C at the start, E added; A leaves to Bob at its end value.
    QTest::newRow("Ann") << QStringList{kAnn}
                         << waterfall({32000, 4000, 11000, 2000, 0, 33000, 0, 8000, 4000}, {2, 1, 0, 1, 1});
    // Bob: D and F at the start; A comes from Ann, B and G are added, G is lost.
    QTest::newRow("Bob") << QStringList{kBob}
                         << waterfall({11000, 8500, 3000, 0, 2500, 0, 8000, 0, 28000}, {2, 2, 1, 0, 4});
}

void TestFlowWaterfall::agreesWithTheReview()
{
    QFETCH(QStringList, owners);
    QFETCH(Waterfall, expected);
    History h;
    const StageIndex stages(h.ws->pipelines().pipelines());
    const CurrencyConverter rates = converter();
    const Waterfall light = FlowWaterfall::compute(
        WaterfallQuery::ends(h.ws->database(), kPipeline, kSpan.start, kSpan.end), stages, rates, owners);
    QVERIFY(light.balances());
    compareWaterfalls(light, expected);
    const Waterfall review = WhatChanged::waterfall(
        DealHistoryQuery::changes(h.ws->database(), kSpan.start, kSpan.end), kSpan, stages, rates, owners);
    compareWaterfalls(review, expected);
}

void TestFlowWaterfall::chartLoaderUsesIt()
{
    History h;
    ChartFilter filter;
    filter.pipelineId = kPipeline;
    filter.period = kSpan;
    filter.ownerIds = {kBob};
    // Looked at on the 24th: the period's end, the 20th, is the moment of its end state.
    const ChartData data = ChartDataLoader::load(h.ws->database(), ChartKind::FlowWaterfall, filter, at(24), kUtc);
    const auto& bob = std::get<Waterfall>(data.result);
    QCOMPARE(bob.start, 11000);
    QCOMPARE(bob.transferredIn, 8000);
    QCOMPARE(bob.added, 8500);
    QCOMPARE(bob.end, 28000);
    QVERIFY(bob.balances());
}

void TestFlowWaterfall::missingRateLeavesTheDealOut()
{
    History h;
    const StageIndex stages(h.ws->pipelines().pipelines());
    // Without a EUR rate, C and D are left out: start A 100.00 and F 30.00; B, E, G added;
    // A −20.00; G lost; end A, B, E, F.
    const CurrencyConverter usdOnly(kUsd, {}, QDate(2026, 3, 20));
    const Waterfall light = FlowWaterfall::compute(
        WaterfallQuery::ends(h.ws->database(), kPipeline, kSpan.start, kSpan.end), stages, usdOnly, {});
    QCOMPARE(light.unconverted, QSet<QString>{kEur});
    QCOMPARE(light.start, 13000);
    QCOMPARE(light.added, 12500);
    QCOMPARE(light.decreases, 2000);
    QCOMPARE(light.lost, 2500);
    QCOMPARE(light.won, 0);
    QCOMPARE(light.end, 21000);
    QVERIFY(light.balances());
    const Waterfall review = WhatChanged::waterfall(
        DealHistoryQuery::changes(h.ws->database(), kSpan.start, kSpan.end), kSpan, stages, usdOnly, {});
    compareWaterfalls(light, review);
}

QTEST_GUILESS_MAIN(TestFlowWaterfall)
#include "TestFlowWaterfall.moc"
