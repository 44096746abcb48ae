// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ChartPeriod.h"
#include "core/analytics/Statistics.h"

#include <QTest>

#include <limits>

class TestChartStatistics : public QObject
{
    Q_OBJECT
private slots:
    void ratioNeverDividesByZero();
    void percentiles_data();
    void percentiles();
    void indexAgainstBaseline();
    void periods_data();
    void periods();
    void periodKeysRoundTrip();
};

void TestChartStatistics::ratioNeverDividesByZero()
{
    QCOMPARE(Statistics::ratio(3, 4), 0.75);
    QVERIFY(!Statistics::ratio(1, 0));
    QVERIFY(!Statistics::ratio(0, 0));
    QVERIFY(!Statistics::ratio(std::numeric_limits<double>::infinity(), 1));
    QVERIFY(!Statistics::ratio(std::numeric_limits<double>::quiet_NaN(), 1));
    QCOMPARE(Statistics::ratio(0, 5), 0.0);
}

void TestChartStatistics::percentiles_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("expected");
    QTest::addRow("empty") << QList<double>{} << 0.5 << false << 0.0;
    QTest::addRow("one value") << QList<double>{5} << 0.8 << true << 5.0;
    QTest::addRow("median of odd") << QList<double>{10, 1, 7} << 0.5 << true << 7.0;
    QTest::addRow("median of even") << QList<double>{4, 1, 3, 2} << 0.5 << true << 2.5;
    // rank 0.8 × 3 = 2.4: 3 + 0.4 × (4 − 3)
    QTest::addRow("p80 of four") << QList<double>{1, 2, 3, 4} << 0.8 << true << 3.4;
    // rank 0.8 × 2 = 1.6: 2 + 0.6 × (4 − 2)
    QTest::addRow("p80 of three") << QList<double>{4, 1, 2} << 0.8 << true << 3.2;
    QTest::addRow("NaN ignored") << QList<double>{std::numeric_limits<double>::quiet_NaN(), 6} << 0.5 << true << 6.0;
}

void TestChartStatistics::percentiles()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(bool, defined);
    QFETCH(double, expected);
    const auto result = Statistics::percentile(values, p);
    QCOMPARE(result.has_value(), defined);
    if (defined) {
        QVERIFY(qFuzzyCompare(*result, expected));
    }
}

void TestChartStatistics::indexAgainstBaseline()
{
    QCOMPARE(*Statistics::index(50.0, 100.0), 50.0);
    QCOMPARE(*Statistics::index(0.3, 0.2), 150.0);
    QVERIFY(!Statistics::index(1.0, 0.0));
    QVERIFY(!Statistics::index(std::nullopt, 1.0));
    QVERIFY(!Statistics::index(1.0, std::nullopt));
}

void TestChartStatistics::periods_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("endExclusive");
    // Today is Monday 16 November 2026.
    QTest::addRow("this month") << int(ChartPeriod::ThisMonth) << QDate(2026, 11, 1) << QDate(2026, 12, 1);
    QTest::addRow("last month") << int(ChartPeriod::LastMonth) << QDate(2026, 10, 1) << QDate(2026, 11, 1);
    QTest::addRow("this quarter") << int(ChartPeriod::ThisQuarter) << QDate(2026, 10, 1) << QDate(2027, 1, 1);
    QTest::addRow("last quarter") << int(ChartPeriod::LastQuarter) << QDate(2026, 7, 1) << QDate(2026, 10, 1);
    QTest::addRow("next quarter") << int(ChartPeriod::NextQuarter) << QDate(2027, 1, 1) << QDate(2027, 4, 1);
    QTest::addRow("last 90 days") << int(ChartPeriod::Last90Days) << QDate(2026, 8, 19) << QDate(2026, 11, 17);
    QTest::addRow("year to date") << int(ChartPeriod::YearToDate) << QDate(2026, 1, 1) << QDate(2026, 11, 17);
    QTest::addRow("this year") << int(ChartPeriod::ThisYear) << QDate(2026, 1, 1) << QDate(2027, 1, 1);
    QTest::addRow("last 12 months") << int(ChartPeriod::Last12Months) << QDate(2025, 11, 17) << QDate(2026, 11, 17);
}

void TestChartStatistics::periods()
{
    QFETCH(int, period);
    QFETCH(QDate, first);
    QFETCH(QDate, endExclusive);
    const QTimeZone utc = QTimeZone::utc();
    const ReportPeriod span = ChartPeriods::resolve(static_cast<ChartPeriod>(period), QDate(2026, 11, 16), utc);
    QCOMPARE(span.start, QDateTime(first, QTime(0, 0), utc));
    QCOMPARE(span.end, QDateTime(endExclusive, QTime(0, 0), utc));
}

void TestChartStatistics::periodKeysRoundTrip()
{
    for (ChartPeriod period : ChartPeriods::all()) {
        QCOMPARE(ChartPeriods::fromKey(ChartPeriods::key(period)), period);
        QVERIFY(!ChartPeriods::displayName(period).isEmpty());
    }
    QVERIFY(!ChartPeriods::fromKey(QStringLiteral("decade")));
}

QTEST_GUILESS_MAIN(TestChartStatistics)
#include "TestChartStatistics.moc"
