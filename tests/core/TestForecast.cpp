// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast block, pipeline coverage, quotas and forecast accuracy on a hand-made quarter.
// Amounts are cents of USD; every expected figure is worked out by hand beside it.
#include "ReviewFixture.h"

#include "core/analytics/FunnelAnalysis.h"
#include "core/analytics/QuotaBook.h"
#include "core/review/ForecastAccuracy.h"
#include "core/review/ReviewService.h"
#include "core/storage/ReviewRepository.h"

#include <QTest>

namespace {
const QTimeZone kUtc = QTimeZone::utc();
const QDateTime kNow = ReviewFixture::utc(11, 22, 18);
const ForecastPeriod kQ4{ForecastPeriod::Kind::Quarter, QDate(2026, 10, 1)};

const ForecastBlock* blockOf(const FunnelReport& report, const QString& ownerId)
{
    for (const ForecastBlock& block : report.forecast.reps) {
        if (block.ownerId == ownerId) {
            return &block;
        }
    }
    return nullptr;
}
} // namespace

class TestForecast : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void blockPerRep();
    void teamBlockAddsTheReps();
    void coverageAgainstNeededCoverage();
    void quotaFallsBackBetweenMonthsAndQuarters_data();
    void quotaFallsBackBetweenMonthsAndQuarters();
    void snapshotStoresDealsAndForecast();
    void accuracyWhenThePeriodHasEnded();
    void accuracyFormula_data();
    void accuracyFormula();

private:
    FunnelReport report();

    std::unique_ptr<TempWorkspace> m_ws;
    QString m_ana;
    QString m_ben;
    QString m_a1;
};

void TestForecast::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    ReviewFixture f(*m_ws);
    m_ana = f.owner(QStringLiteral("Ana"));
    m_ben = f.owner(QStringLiteral("Ben"));
    f.rate(QStringLiteral("EUR"), 1.1);
    const QDateTime oct1 = ReviewFixture::utc(10, 1);
    // Ana: quota 500,000.00 for the quarter.
    (*m_ws)->reviewService().setQuota(m_ana, kQ4, Money{50000000, QStringLiteral("USD")});
    // A1 commit 100,000 (Negotiation 85 %), A2 best case 50,000 (Proposal 70 %), A3 closes next
    // year, A4 won 80,000 in October, A5 lost in November, A6 30,000 EUR = 33,000 USD (POC 50 %).
    m_a1 = f.create(QStringLiteral("A1"), oct1, 5, 10000000, m_ana, QDate(2026, 12, 10));
    f.setCategory(m_a1, oct1.addSecs(60), ForecastCategory::Commit);
    const QString a2 = f.create(QStringLiteral("A2"), oct1, 4, 5000000, m_ana, QDate(2026, 11, 30));
    f.setCategory(a2, oct1.addSecs(60), ForecastCategory::BestCase);
    f.create(QStringLiteral("A3"), oct1, 4, 2000000, m_ana, QDate(2027, 1, 15));
    f.move(f.create(QStringLiteral("A4"), oct1, 5, 8000000, m_ana), ReviewFixture::utc(10, 20), 6);
    f.move(f.create(QStringLiteral("A5"), ReviewFixture::utc(9, 1), 2, 1000000, m_ana), ReviewFixture::utc(11, 1), 7);
    f.create(QStringLiteral("A6"), oct1, 3, 3000000, m_ana, QDate(2026, 12, 1), QStringLiteral("EUR"));
    // Ben: monthly quotas of 100,000 (no quarterly one). B1 won 120,000 in November; won B4 in
    // September and B7 in August, lost B2 and B3 in October: win rate 3 / 5. B5 is omitted,
    // B6 60,000 in Qualified (10 %).
    for (int month = 10; month <= 12; ++month) {
        (*m_ws)->reviewService().setQuota(
            m_ben, {ForecastPeriod::Kind::Month, QDate(2026, month, 1)}, Money{10000000, QStringLiteral("USD")});
    }
    f.move(f.create(QStringLiteral("B1"), oct1, 5, 12000000, m_ben), ReviewFixture::utc(11, 5), 6);
    f.move(f.create(QStringLiteral("B2"), ReviewFixture::utc(9, 1), 2, 1000000, m_ben), ReviewFixture::utc(10, 15), 7);
    f.move(f.create(QStringLiteral("B3"), ReviewFixture::utc(9, 1), 2, 1000000, m_ben), ReviewFixture::utc(10, 20), 7);
    f.move(f.create(QStringLiteral("B4"), ReviewFixture::utc(7, 1), 5, 1000000, m_ben), ReviewFixture::utc(9, 1), 6);
    f.move(f.create(QStringLiteral("B7"), ReviewFixture::utc(6, 1), 5, 1000000, m_ben), ReviewFixture::utc(8, 1), 6);
    const QString b5 = f.create(QStringLiteral("B5"), oct1, 2, 4000000, m_ben, QDate(2026, 12, 20));
    f.setCategory(b5, oct1.addSecs(60), ForecastCategory::Omitted);
    f.create(QStringLiteral("B6"), oct1, 1, 6000000, m_ben, QDate(2026, 12, 31));
    m_ws->clock().set(kNow);
}

void TestForecast::cleanup()
{
    m_ws.reset();
}

FunnelReport TestForecast::report()
{
    FunnelOptions options;
    options.period = ReportPeriod::fromLocalDays(QDate(2026, 11, 16), QDate(2026, 11, 22), kUtc);
    options.now = kNow;
    options.zone = kUtc;
    return FunnelAnalysis::run((*m_ws)->database(), options);
}

void TestForecast::blockPerRep()
{
    const FunnelReport r = report();
    QCOMPARE(r.forecastPeriod, kQ4);
    const ForecastBlock* ana = blockOf(r, m_ana);
    QVERIFY(ana);
    QCOMPARE(ana->closed, 8000000);
    QCOMPARE(ana->commit, 10000000);
    QCOMPARE(ana->bestCase, 5000000);
    // A1 + A2 + A6 = 100,000 + 50,000 + 33,000
    QCOMPARE(ana->openPipeline, 18300000);
    QCOMPARE(ana->openDeals, 3);
    // 85 % of 100,000 + 70 % of 50,000 + 50 % of 33,000 = 85,000 + 35,000 + 16,500
    QCOMPARE(ana->weighted, 13650000);
    QCOMPARE(ana->quota, std::optional<qint64>(50000000));
    QCOMPARE(ana->gap(), std::optional<qint64>(42000000));
    QCOMPARE(ana->forecast(), 18000000);

    const ForecastBlock* ben = blockOf(r, m_ben);
    QVERIFY(ben);
    QCOMPARE(ben->closed, 12000000);
    QCOMPARE(ben->commit, 0);
    QCOMPARE(ben->openPipeline, 6000000); // B5 omitted
    QCOMPARE(ben->weighted, 600000);
    QCOMPARE(ben->quota, std::optional<qint64>(30000000)); // three months
    QCOMPARE(ben->gap(), std::optional<qint64>(18000000));
}

void TestForecast::teamBlockAddsTheReps()
{
    const ForecastBlock& team = report().forecast.team;
    QCOMPARE(team.ownerId, QString());
    QCOMPARE(team.closed, 20000000);
    QCOMPARE(team.commit, 10000000);
    QCOMPARE(team.bestCase, 5000000);
    QCOMPARE(team.openPipeline, 24300000);
    QCOMPARE(team.weighted, 14250000);
    QCOMPARE(team.quota, std::optional<qint64>(80000000));
    QCOMPARE(team.remainingQuota(), std::optional<qint64>(60000000));
}

void TestForecast::coverageAgainstNeededCoverage()
{
    const FunnelReport r = report();
    // Ana: 183,000 open / 420,000 to go; won 1 of 2 closed: needs 2×.
    const ForecastBlock* ana = blockOf(r, m_ana);
    QCOMPARE(*ana->coverage(), 18300000.0 / 42000000.0);
    QCOMPARE(*ana->winRate, 0.5);
    QCOMPARE(*ana->neededCoverage(), 2.0);
    // Ben: 60,000 / 180,000; won 3 of 5: needs 1 / 0.6.
    const ForecastBlock* ben = blockOf(r, m_ben);
    QCOMPARE(*ben->coverage(), 6000000.0 / 18000000.0);
    QCOMPARE(*ben->winRate, 0.6);
    QCOMPARE(*ben->neededCoverage(), 1.0 / 0.6);
    // Team: 243,000 / 600,000; won 4 of 7.
    const ForecastBlock& team = r.forecast.team;
    QCOMPARE(*team.coverage(), 24300000.0 / 60000000.0);
    QCOMPARE(*team.neededCoverage(), 7.0 / 4.0);
    // A met quota has no coverage to judge.
    ForecastBlock met;
    met.quota = 100;
    met.closed = 150;
    met.openPipeline = 500;
    QCOMPARE(met.gap(), std::optional<qint64>(-50));
    QVERIFY(!met.coverage());
}

void TestForecast::quotaFallsBackBetweenMonthsAndQuarters_data()
{
    QTest::addColumn<bool>("ana");
    QTest::addColumn<int>("kind"); // 0 month, 1 quarter
    QTest::addColumn<QDate>("start");
    QTest::addColumn<qint64>("expected"); // -1: none
    QTest::addRow("Ana's quarter as set") << true << 1 << QDate(2026, 10, 1) << qint64(50000000);
    QTest::addRow("Ana's month: a third of the quarter") << true << 0 << QDate(2026, 11, 1) << qint64(16666666);
    QTest::addRow("Ben's quarter: sum of the months") << false << 1 << QDate(2026, 10, 1) << qint64(30000000);
    QTest::addRow("Ben's month as set") << false << 0 << QDate(2026, 12, 1) << qint64(10000000);
    QTest::addRow("no quota next quarter") << true << 1 << QDate(2027, 1, 1) << qint64(-1);
}

void TestForecast::quotaFallsBackBetweenMonthsAndQuarters()
{
    QFETCH(bool, ana);
    QFETCH(int, kind);
    QFETCH(QDate, start);
    QFETCH(qint64, expected);
    const QuotaBook book((*m_ws)->reviews().allQuotas());
    const auto quota = book.quota(ana ? m_ana : m_ben,
                                  {kind == 0 ? ForecastPeriod::Kind::Month : ForecastPeriod::Kind::Quarter, start});
    QCOMPARE(quota.has_value(), expected >= 0);
    if (quota) {
        QCOMPARE(quota->minor, expected);
    }
}

void TestForecast::snapshotStoresDealsAndForecast()
{
    const ReviewSnapshot snapshot =
        (*m_ws)->reviewService().startReview(QStringLiteral("Week 47"), ForecastPeriod::Kind::Quarter, kUtc);
    QCOMPARE(snapshot.takenAt, kNow);
    QCOMPARE(snapshot.periodStart, QDate(2026, 10, 1));
    QCOMPARE(snapshot.periodEnd, QDate(2027, 1, 1));
    // Open now: A1 A2 A3 A6 B5 B6.
    QCOMPARE((*m_ws)->reviews().snapshotDeals(snapshot.id).size(), 6);
    const QList<SnapshotForecast> forecasts = (*m_ws)->reviews().snapshotForecasts(snapshot.id);
    QCOMPARE(forecasts.size(), 3);                  // team, Ana, Ben
    QCOMPARE(forecasts.front().ownerId, QString()); // ordered by owner id: the team ('') first
    QCOMPARE(forecasts.front().forecast(), 30000000);
    QCOMPARE(forecasts.front().quota, std::optional<qint64>(80000000));
    QCOMPARE((*m_ws)->reviews().snapshots().size(), 1);
}

void TestForecast::accuracyWhenThePeriodHasEnded()
{
    ReviewFixture f(*m_ws);
    (*m_ws)->reviewService().startReview(QStringLiteral("Week 47"), ForecastPeriod::Kind::Quarter, kUtc);
    // Not judged while the quarter runs.
    QVERIFY(ForecastAccuracy::run((*m_ws)->database(), ReviewFixture::utc(12, 31, 23), kUtc).isEmpty());
    // A1 is won in December at 90,000 instead of 100,000.
    f.setAmount(m_a1, ReviewFixture::utc(12, 10), 9000000);
    f.move(m_a1, ReviewFixture::utc(12, 10, 13), 6);
    const QList<AccuracyRow> rows =
        ForecastAccuracy::run((*m_ws)->database(), ReviewFixture::utc(1, 5, 12, 0, 2027), kUtc);
    QCOMPARE(rows.size(), 3);
    for (const AccuracyRow& row : rows) {
        QCOMPARE(row.period, kQ4);
        if (row.ownerId.isEmpty()) {
            // forecast 200,000 closed + 100,000 commit; actual 80,000 + 120,000 + 90,000
            QCOMPARE(row.forecast, 30000000);
            QCOMPARE(row.actual, 29000000);
            QCOMPARE(row.accuracy, 1.0 - 1000000.0 / 29000000.0);
            QCOMPARE(row.bias(), 1000000);
        } else if (row.ownerId == m_ana) {
            QCOMPARE(row.forecast, 18000000);
            QCOMPARE(row.actual, 17000000);
            QCOMPARE(row.accuracy, 1.0 - 1.0 / 17.0);
        } else {
            QCOMPARE(row.ownerId, m_ben);
            QCOMPARE(row.forecast, 12000000);
            QCOMPARE(row.actual, 12000000);
            QCOMPARE(row.accuracy, 1.0);
        }
    }
}

void TestForecast::accuracyFormula_data()
{
    QTest::addColumn<qint64>("forecast");
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<double>("expected");
    QTest::addRow("exact") << qint64(100) << qint64(100) << 1.0;
    QTest::addRow("10 percent high") << qint64(110) << qint64(100) << 0.9;
    QTest::addRow("5 percent low") << qint64(95) << qint64(100) << 0.95;
    QTest::addRow("twice the actual") << qint64(200) << qint64(100) << 0.0;
    QTest::addRow("three times") << qint64(300) << qint64(100) << 0.0;
    QTest::addRow("nothing forecast, nothing closed") << qint64(0) << qint64(0) << 1.0;
    QTest::addRow("forecast, nothing closed") << qint64(50) << qint64(0) << 0.0;
}

void TestForecast::accuracyFormula()
{
    QFETCH(qint64, forecast);
    QFETCH(qint64, actual);
    QFETCH(double, expected);
    QCOMPARE(ForecastAccuracy::accuracy(forecast, actual), expected);
}

QTEST_GUILESS_MAIN(TestForecast)
#include "TestForecast.moc"
