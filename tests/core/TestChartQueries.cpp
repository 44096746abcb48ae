// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ChartDataLoader.h"
#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/LeadRepository.h"
#include "core/storage/OutcomeQuery.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/StageHistoryQuery.h"
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

ReportPeriod march()
{
    return ReportPeriod::fromLocalDays(QDate(2026, 3, 1), QDate(2026, 3, 31), kUtc);
}

ChartFilter filter()
{
    ChartFilter f;
    f.pipelineId = kPipeline;
    f.period = march();
    return f;
}

// March 2026, in one pipeline:
//   D1 (Ann, 1000 USD): created 2 March in Lead, Qualified on the 4th, won on the 7th at 1200 USD;
//   D2 (Bob, 500 EUR at 1.2): created 3 March in Lead, lost on the 4th to Acme on price;
//   D3 (Ann, 2000 USD): created 10 March in Needs confirmed (25 %), open, to close 20 March.
// Leads: a referral of Ann's that became D1, and Bob's website lead, still open.
struct Scenario
{
    TempWorkspace ws;
    QString d1;
    QString d2;
    QString d3;

    Scenario()
    {
        ws.clock().set(at(1));
        ws->owners().insert(Owner{QStringLiteral("m"), QStringLiteral("Mia"), {}, OwnerRole::Manager, {}, {}, {}});
        ws->owners().insert(
            Owner{QStringLiteral("r1"), QStringLiteral("Ann"), {}, OwnerRole::Rep, QStringLiteral("m"), {}, {}});
        ws->owners().insert(
            Owner{QStringLiteral("r2"), QStringLiteral("Bob"), {}, OwnerRole::Rep, QStringLiteral("m"), {}, {}});
        ws->exchangeRates().insert(ExchangeRate{{}, QStringLiteral("EUR"), 1.2, QDate(2020, 1, 1)});
        DealService& deals = ws->dealService();

        ws.clock().set(at(2));
        d1 = deals.create(DealBuilder().owner(QStringLiteral("r1")).amount(100000).build()).id;
        ws.clock().set(at(3));
        d2 = deals.create(DealBuilder().owner(QStringLiteral("r2")).amount(50000, QStringLiteral("EUR")).build()).id;
        ws.clock().set(at(4));
        deals.move(d1, stageId(1));
        MoveDetails lost;
        lost.lostReason = LostReason::Price;
        lost.competitor = QStringLiteral("Acme");
        deals.move(d2, stageId(7), lost);
        ws.clock().set(at(7));
        MoveDetails won;
        won.wonAmount = Money{120000, QStringLiteral("USD")};
        won.closeDate = QDate(2026, 3, 7);
        deals.move(d1, stageId(6), won);
        ws.clock().set(at(10));
        d3 = deals
                 .create(DealBuilder()
                             .owner(QStringLiteral("r1"))
                             .stage(2)
                             .amount(200000)
                             .closeDate(QDate(2026, 3, 20))
                             .build())
                 .id;
        Lead referral;
        referral.name = QStringLiteral("Referral lead");
        referral.ownerId = QStringLiteral("r1");
        referral.source = QStringLiteral("referral");
        referral.status = LeadStatus::Converted;
        referral.convertedDealId = d1;
        referral.convertedAt = at(2);
        referral.createdAt = at(1);
        ws->leads().insert(referral);
        Lead website;
        website.name = QStringLiteral("Website lead");
        website.ownerId = QStringLiteral("r2");
        website.source = QStringLiteral("website");
        website.createdAt = at(5);
        ws->leads().insert(website);
        ws.clock().set(at(31, 18));
    }

    ChartData load(ChartKind kind, const ChartFilter& f = filter())
    {
        return ChartDataLoader::load(ws->database(), kind, f, ws.clock().nowUtc(), kUtc);
    }
};
} // namespace

class TestChartQueries : public QObject
{
    Q_OBJECT
private slots:
    void openTotals();
    void openTotalsPerStageOwnerAndCurrency();
    void stageExitsWithEntryTimes();
    void stageMovesCounted();
    void visitsOfClosedDeals();
    void closedDealsOfThePeriod();
    void loaderFunnelAndConversion();
    void loaderOutcomes();
    void loaderLeadsAndPerformance();
    void loaderWaterfallAgreesWithItself();
    void emptyWorkspace_data();
    void emptyWorkspace();
    void emptyPeriod();
    void migrationAddsChartIndexes();
};

void TestChartQueries::openTotals()
{
    Scenario s;
    const QList<StageTotalRow> rows = StageHistoryQuery::openTotals(s.ws->database(), kPipeline);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).ownerId, QStringLiteral("r1"));
    QCOMPARE(rows.at(0).stageId, stageId(2));
    QCOMPARE(rows.at(0).deals, 1);
    QCOMPARE(rows.at(0).amountMinor, 200000);
}

void TestChartQueries::openTotalsPerStageOwnerAndCurrency()
{
    Scenario s; // D3: Ann, Needs confirmed, 2000 USD; D1 won and D2 lost count nowhere
    DealService& deals = s.ws->dealService();
    auto open = [&deals](const QString& owner, int stage, qint64 minor, const QString& currency) {
        return deals.create(DealBuilder().owner(owner).stage(stage).amount(minor, currency).build()).id;
    };
    const QString usd = QStringLiteral("USD");
    const QString eur = QStringLiteral("EUR");
    open(QStringLiteral("r1"), 2, 1000, usd);
    open(QStringLiteral("r2"), 2, 500, usd);
    open(QStringLiteral("r1"), 2, 700, eur);
    open(QString(), 0, 300, usd);
    open(QStringLiteral("r2"), 0, 40, usd);
    open(QStringLiteral("r2"), 0, 60, usd);
    deals.remove(open(QStringLiteral("r2"), 0, 5000, usd));
    using Key = std::tuple<QString, QString, QString>; // stage, owner, currency
    QMap<Key, QPair<int, qint64>> totals;
    for (const StageTotalRow& row : StageHistoryQuery::openTotals(s.ws->database(), kPipeline)) {
        QVERIFY(!totals.contains({row.stageId, row.ownerId, row.currency})); // one row per group
        totals.insert({row.stageId, row.ownerId, row.currency}, {row.deals, row.amountMinor});
    }
    const QMap<Key, QPair<int, qint64>> expected{{{stageId(2), QStringLiteral("r1"), usd}, {2, 201000}},
                                                 {{stageId(2), QStringLiteral("r2"), usd}, {1, 500}},
                                                 {{stageId(2), QStringLiteral("r1"), eur}, {1, 700}},
                                                 {{stageId(0), QString(), usd}, {1, 300}},
                                                 {{stageId(0), QStringLiteral("r2"), usd}, {2, 100}}};
    QCOMPARE(totals, expected);
}

void TestChartQueries::stageExitsWithEntryTimes()
{
    Scenario s;
    QList<StageExitRow> rows = StageHistoryQuery::exits(s.ws->database(), kPipeline, {}, march().start, march().end);
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.exitedMs != b.exitedMs ? a.exitedMs < b.exitedMs : a.toStage < b.toStage;
    });
    QCOMPARE(rows.size(), 3);
    // On the 4th: D1 Lead → Qualified and D2 Lead → Lost (sorted by target id).
    const auto d1Lead = std::find_if(rows.cbegin(), rows.cend(), [](const auto& r) { return r.toStage == stageId(1); });
    QVERIFY(d1Lead != rows.cend());
    QCOMPARE(d1Lead->fromStage, stageId(0));
    QCOMPARE(d1Lead->enteredMs, at(2).toMSecsSinceEpoch());
    QCOMPARE(d1Lead->exitedMs, at(4).toMSecsSinceEpoch());
    const auto d2Lost = std::find_if(rows.cbegin(), rows.cend(), [](const auto& r) { return r.toStage == stageId(7); });
    QCOMPARE(d2Lost->enteredMs, at(3).toMSecsSinceEpoch());
    const StageExitRow& won = rows.at(2);
    QCOMPARE(won.fromStage, stageId(1));
    QCOMPARE(won.toStage, stageId(6));
    QCOMPARE(won.enteredMs, at(4).toMSecsSinceEpoch());
    QCOMPARE(won.exitedMs, at(7).toMSecsSinceEpoch());
    QVERIFY(StageHistoryQuery::exits(s.ws->database(), kPipeline, {}, at(8), at(31)).isEmpty());
    // Only Bob's deal: its one exit, to lost.
    const QList<StageExitRow> bob =
        StageHistoryQuery::exits(s.ws->database(), kPipeline, {QStringLiteral("r2")}, march().start, march().end);
    QCOMPARE(bob.size(), 1);
    QCOMPARE(bob.at(0).toStage, stageId(7));
    QCOMPARE(StageHistoryQuery::exits(
                 s.ws->database(), kPipeline, {QStringLiteral("r1"), QStringLiteral("m")}, march().start, march().end)
                 .size(),
             2);
}

void TestChartQueries::stageMovesCounted()
{
    Scenario s;
    // D4 (Bob): Lead → Qualified → Lead → Qualified on the 20th, then removed D5 (Ann) Lead →
    // Qualified on the 21st, which no count may show.
    DealService& deals = s.ws->dealService();
    s.ws.clock().set(at(20));
    const QString d4 = deals.create(DealBuilder().owner(QStringLiteral("r2")).build()).id;
    deals.move(d4, stageId(1));
    deals.move(d4, stageId(0));
    deals.move(d4, stageId(1));
    s.ws.clock().set(at(21));
    const QString d5 = deals.create(DealBuilder().owner(QStringLiteral("r1")).build()).id;
    deals.move(d5, stageId(1));
    deals.remove(d5);
    using Counts = QMap<QPair<QString, QString>, int>;
    int rowCount = 0;
    auto counted = [&s, &rowCount](const QSet<QString>& owners) {
        const QList<StageMoveRow> rows =
            StageHistoryQuery::moves(s.ws->database(), kPipeline, owners, march().start, march().end);
        rowCount = int(rows.size());
        Counts byPair;
        for (const StageMoveRow& row : rows) {
            byPair[{row.fromStage, row.toStage}] += row.moves;
        }
        return byPair;
    };
    // D1 Lead → Qualified → Won, D2 Lead → Lost, D4's three moves.
    const Counts everyone = counted({});
    QCOMPARE(everyone,
             (Counts{{{stageId(0), stageId(1)}, 3},
                     {{stageId(1), stageId(6)}, 1},
                     {{stageId(0), stageId(7)}, 1},
                     {{stageId(1), stageId(0)}, 1}}));
    QCOMPARE(rowCount, 4); // one row per pair
    QCOMPARE(counted({QStringLiteral("r2")}),
             (Counts{{{stageId(0), stageId(1)}, 2}, {{stageId(0), stageId(7)}, 1}, {{stageId(1), stageId(0)}, 1}}));
    QCOMPARE(counted({QStringLiteral("r1")}), (Counts{{{stageId(0), stageId(1)}, 1}, {{stageId(1), stageId(6)}, 1}}));
    QVERIFY(StageHistoryQuery::moves(s.ws->database(), kPipeline, {}, at(22), at(31)).isEmpty());
    QVERIFY(
        StageHistoryQuery::moves(s.ws->database(), kPipeline, {QStringLiteral("nobody")}, march().start, march().end)
            .isEmpty());
}

void TestChartQueries::visitsOfClosedDeals()
{
    Scenario s;
    const QList<StageVisitRow> rows =
        StageHistoryQuery::visitsOfClosed(s.ws->database(), kPipeline, march().start, march().end);
    QHash<QString, QPair<int, int>> byStage; // stage → (won, lost) deals
    for (const StageVisitRow& row : rows) {
        (row.won ? byStage[row.stageId].first : byStage[row.stageId].second) += row.deals;
    }
    QCOMPARE(byStage.value(stageId(0)), qMakePair(1, 1)); // both started in Lead
    QCOMPARE(byStage.value(stageId(1)), qMakePair(1, 0));
    QCOMPARE(byStage.value(stageId(6)), qMakePair(1, 0));
    QCOMPARE(byStage.value(stageId(7)), qMakePair(0, 1));
    QVERIFY(!byStage.contains(stageId(2))); // D3 is open
}

void TestChartQueries::closedDealsOfThePeriod()
{
    Scenario s;
    QList<ClosedDealRow> rows = OutcomeQuery::closedDeals(s.ws->database(), kPipeline, march().start, march().end);
    QCOMPARE(rows.size(), 2);
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.won > b.won; });
    QCOMPARE(rows.at(0).dealId, s.d1);
    QCOMPARE(rows.at(0).amount, (Money{120000, QStringLiteral("USD")}));
    QCOMPARE(rows.at(0).closedMs, at(7).toMSecsSinceEpoch());
    QCOMPARE(rows.at(0).createdMs, at(2).toMSecsSinceEpoch());
    QCOMPARE(rows.at(1).dealId, s.d2);
    QCOMPARE(rows.at(1).lostReason, QStringLiteral("price"));
    QCOMPARE(rows.at(1).competitor, QStringLiteral("Acme"));
}

void TestChartQueries::loaderFunnelAndConversion()
{
    Scenario s;
    const ChartData data = s.load(ChartKind::Funnel);
    QVERIFY(data.error.isEmpty());
    const auto& funnel = std::get<FunnelResult>(data.result);
    QCOMPARE(funnel.deals(), 1);
    QCOMPARE(funnel.stages.at(2).amountMinor, 200000);
    QCOMPARE(funnel.stages.at(2).weightedMinor, 50000); // 25 %
    QCOMPARE(funnel.stages.at(0).exits, 2);
    QCOMPARE(*funnel.stages.at(0).conversion, 0.5);
    QCOMPARE(*funnel.stages.at(1).conversion, 1.0);
    const ChartData conversionData = s.load(ChartKind::StageConversion);
    const auto& conversion = std::get<StageConversionResult>(conversionData.result);
    QCOMPARE(*conversion.stages.at(0).medianDays, 1.5); // 2 days (D1) and 1 day (D2)
    const ChartData calibrationData = s.load(ChartKind::ProbabilityCalibration);
    const auto& calibration = std::get<CalibrationResult>(calibrationData.result);
    QCOMPARE(calibration.stages.at(0).deals, 2);
    QCOMPARE(*calibration.stages.at(0).actual, 0.5);
    QCOMPARE(*calibration.stages.at(1).actual, 1.0);
    QVERIFY(!calibration.stages.at(2).actual);
}

void TestChartQueries::loaderOutcomes()
{
    Scenario s;
    const ChartData winLossData = s.load(ChartKind::WinLoss);
    const auto& winLoss = std::get<WinLossResult>(winLossData.result);
    QCOMPARE(winLoss.won, 1);
    QCOMPARE(winLoss.lost, 1);
    QCOMPARE(winLoss.lostReasons.at(0).amountMinor, 60000); // 500 EUR at 1.2
    const ChartData scenariosData = s.load(ChartKind::WinScenarios);
    const auto& scenarios = std::get<WinScenarioResult>(scenariosData.result);
    QCOMPARE(scenarios.wonDeals, 1);
    QCOMPARE(scenarios.wonAmountMinor, 120000);
    QCOMPARE(scenarios.withSheet, 0);
    const ChartData forecastData = s.load(ChartKind::ForecastVsQuota);
    const auto& forecast = std::get<ForecastResults>(forecastData.result);
    QCOMPARE(forecast.months.team.buckets.size(), 1);
    QCOMPARE(forecast.months.team.buckets.at(0).closedWon, 120000);
    QCOMPARE(forecast.months.team.buckets.at(0).weighted, 50000);
    QVERIFY(!forecast.months.hasQuota);
    const ChartData velocityData = s.load(ChartKind::SalesVelocity);
    const auto& velocity = std::get<VelocityResult>(velocityData.result);
    QVERIFY(!velocity.points.isEmpty());
    const VelocityPoint& last = velocity.points.constLast();
    QCOMPARE(last.day, QDate(2026, 3, 31));
    QCOMPARE(last.openDeals, 1);
    QCOMPARE(*last.winRate, 0.5);
    QCOMPARE(*last.cycleDays, 5.0);
    const ChartData activityData = s.load(ChartKind::ActivityProgress);
    const auto& activity = std::get<ActivityProgressResult>(activityData.result);
    QVERIFY(activity.isEmpty());
    QCOMPARE(activity.dealsWithoutSheet, 1);
}

void TestChartQueries::loaderLeadsAndPerformance()
{
    Scenario s;
    const ChartData sourcesData = s.load(ChartKind::LeadSources);
    const auto& sources = std::get<LeadSourceResult>(sourcesData.result);
    QCOMPARE(sources.total.leads, 2);
    QCOMPARE(sources.sources.at(0).source, QStringLiteral("referral"));
    QCOMPARE(sources.sources.at(0).won, 1);
    QCOMPARE(*sources.sources.at(0).medianDaysToConvert, 1.0);
    QCOMPARE(*sources.sources.at(1).leadToOpportunity, 0.0);
    const ChartData performanceData = s.load(ChartKind::PerformanceFormula);
    const auto& performance = std::get<PerformanceResult>(performanceData.result);
    QCOMPARE(performance.team.leads, 2);
    QCOMPARE(performance.team.won, 1);
    QCOMPARE(performance.team.lost, 1);
    QCOMPARE(*performance.team.cycleDays, 5.0);
    QCOMPARE(performance.reps.size(), 2);
    // One rep: compared with the rep's manager's team, not with themself.
    ChartFilter ann = filter();
    ann.ownerIds = {QStringLiteral("r1")};
    const ChartData oneData = s.load(ChartKind::PerformanceFormula, ann);
    const auto& one = std::get<PerformanceResult>(oneData.result);
    QCOMPARE(one.reps.size(), 1);
    QCOMPARE(one.team.leads, 2);
    QCOMPARE(*one.reps.at(0).index[std::size_t(Lever::WinRate)], 200.0); // 1/1 against 1/2
}

void TestChartQueries::loaderWaterfallAgreesWithItself()
{
    Scenario s;
    const ChartData wData = s.load(ChartKind::FlowWaterfall);
    const auto& w = std::get<Waterfall>(wData.result);
    QCOMPARE(w.start, 0);
    QCOMPARE(w.addedDeals, 3);
    QCOMPARE(w.wonDeals, 1);
    QCOMPARE(w.lostDeals, 1);
    QCOMPARE(w.endDeals, 1);
    QCOMPARE(w.end, 200000);
    QVERIFY(w.balances());
}

void TestChartQueries::emptyWorkspace_data()
{
    QTest::addColumn<int>("kind");
    for (ChartKind kind : ChartKinds::all()) {
        QTest::addRow("%s", qPrintable(ChartKinds::key(kind))) << int(kind);
    }
}

void TestChartQueries::emptyWorkspace()
{
    QFETCH(int, kind);
    TempWorkspace ws;
    const ChartData data = ChartDataLoader::load(ws->database(), static_cast<ChartKind>(kind), filter(), at(31), kUtc);
    QVERIFY(data.error.isEmpty());
    QVERIFY(!std::holds_alternative<std::monostate>(data.result));
    QVERIFY(data.isEmpty());
    QVERIFY(data.unconverted().isEmpty());
}

void TestChartQueries::emptyPeriod()
{
    Scenario s;
    ChartFilter f = filter();
    f.period = ReportPeriod::fromLocalDays(QDate(2025, 6, 1), QDate(2025, 6, 30), kUtc);
    for (ChartKind kind : ChartKinds::all()) {
        const ChartData data = s.load(kind, f);
        QVERIFY2(data.error.isEmpty(), qPrintable(ChartKinds::key(kind)));
        // The open funnel and the calibration window do not depend on the period.
        if (kind != ChartKind::Funnel && kind != ChartKind::ProbabilityCalibration) {
            QVERIFY2(data.isEmpty(), qPrintable(ChartKinds::key(kind)));
        }
    }
}

void TestChartQueries::migrationAddsChartIndexes()
{
    TempWorkspace ws;
    const QStringList indexes{QStringLiteral("deal_events_stage_time"),
                              QStringLiteral("deal_events_stages"),
                              QStringLiteral("deals_won_cover"),
                              QStringLiteral("deals_lost_cover"),
                              QStringLiteral("leads_created")};
    auto present = [&ws] {
        QSqlQuery query(ws->database().connection());
        query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN "
                                  "('deal_events_stage_time', 'deal_events_stages', 'deals_won_cover', "
                                  "'deals_lost_cover', 'leads_created') ORDER BY name"));
        QStringList names;
        while (query.next()) {
            names.append(query.value(0).toString());
        }
        return names;
    };
    QCOMPARE(present().size(), indexes.size());
    // Back to version 5, as a file written before this migration.
    {
        QSqlQuery query(ws->database().connection());
        for (const QString& index : indexes) {
            QVERIFY(query.exec(QStringLiteral("DROP INDEX %1").arg(index)));
        }
        // Later migrations' tables go too, so that they can be applied again.
        QVERIFY(query.exec(QStringLiteral("DROP TABLE import_batch_rows")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE import_batches")));
        for (const char* index : {"deals_board_close", "accounts_search", "interactions_week_cover"}) { // 0008
            QVERIFY(query.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
        }
        QVERIFY(query.exec(QStringLiteral("DROP INDEX deal_events_time_cover"))); // 0009
        QVERIFY(query.exec(QStringLiteral("DROP INDEX deals_board_age")));        // 0010
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
    }
    ws.reopen();
    // TestMigrations pins the version number; here only the indexes matter.
    QCOMPARE(ws->database().schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(present().size(), indexes.size());
}

QTEST_GUILESS_MAIN(TestChartQueries)
#include "TestChartQueries.moc"
