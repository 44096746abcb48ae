// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFixtures.h"

#include "core/analytics/SalesVelocity.h"

#include <QTest>

using namespace ChartFixtures;

namespace {
const QTimeZone kUtc = QTimeZone::utc();

DealSpanRow span(const char* owner, qint64 amount, const QDate& created, const QDate& won = {}, const QDate& lost = {})
{
    return DealSpanRow{QString::fromLatin1(owner),
                       Money{amount, QStringLiteral("USD")},
                       ms(created),
                       won.isValid() ? ms(won) : 0,
                       lost.isValid() ? ms(lost) : 0};
}

QList<DealSpanRow> deals()
{
    return {span("r1", 500, QDate(2025, 12, 1)),                        // open
            span("r2", 700, QDate(2026, 1, 15)),                        // open
            span("r1", 1000, QDate(2025, 11, 1), QDate(2026, 1, 10)),   // won in the window, 70 days
            span("r2", 3000, QDate(2025, 12, 10), QDate(2026, 1, 20)),  // won in the window, 41 days
            span("r1", 100, QDate(2025, 10, 1), {}, QDate(2026, 1, 5)), // lost in the window
            span("r1", 100, QDate(2026, 2, 5)),                         // created after the sample
            span("r2", 9000, QDate(2025, 6, 1), QDate(2025, 9, 1))};    // won before the window
}
} // namespace

class TestSalesVelocity : public QObject
{
    Q_OBJECT
private slots:
    void sampleDays_data();
    void sampleDays();
    void velocityAtMonthEnd();
    void oneRep();
    void noClosedDealsNoVelocity();
    void noDeals();
};

void TestSalesVelocity::sampleDays_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QList<QDate>>("expected");
    QTest::addRow("year, month ends up to today")
        << QDate(2026, 1, 1) << QDate(2026, 12, 31) << QDate(2026, 3, 15)
        << QList<QDate>{QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 15)};
    QTest::addRow("a month, weekly") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << QDate(2026, 6, 1)
                                     << QList<QDate>{QDate(2026, 1, 7),
                                                     QDate(2026, 1, 14),
                                                     QDate(2026, 1, 21),
                                                     QDate(2026, 1, 28),
                                                     QDate(2026, 1, 31)};
    QTest::addRow("in the future") << QDate(2027, 1, 1) << QDate(2027, 3, 31) << QDate(2026, 6, 1) << QList<QDate>{};
}

void TestSalesVelocity::sampleDays()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDate, today);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(SalesVelocity::sampleDays(ReportPeriod::fromLocalDays(first, last, kUtc), today, kUtc), expected);
}

void TestSalesVelocity::velocityAtMonthEnd()
{
    const VelocityResult r = SalesVelocity::compute(deals(), {QDate(2026, 1, 31)}, ChartFilter{}, usd(), kUtc);
    QCOMPARE(r.points.size(), 1);
    const VelocityPoint& p = r.points.at(0);
    QCOMPARE(p.openDeals, 2);
    QCOMPARE(p.won, 2);
    QCOMPARE(p.lost, 1);
    QCOMPARE(*p.winRate, 2.0 / 3.0);
    QCOMPARE(*p.dealSize, 2000.0);
    QCOMPARE(*p.cycleDays, 55.5); // (70 + 41) / 2
    // 2 × 2/3 × 2000 / 55.5
    QVERIFY(qFuzzyCompare(*p.perDay, 2.0 * (2.0 / 3.0) * 2000.0 / 55.5));
    QVERIFY(!r.isEmpty());
}

void TestSalesVelocity::oneRep()
{
    ChartFilter filter;
    filter.ownerIds = {QStringLiteral("r1")};
    const VelocityResult r = SalesVelocity::compute(deals(), {QDate(2026, 1, 31)}, filter, usd(), kUtc);
    const VelocityPoint& p = r.points.at(0);
    QCOMPARE(p.openDeals, 1);
    QCOMPARE(*p.winRate, 0.5);
    QCOMPARE(*p.dealSize, 1000.0);
    QCOMPARE(*p.cycleDays, 70.0);
    QVERIFY(qFuzzyCompare(*p.perDay, 1 * 0.5 * 1000.0 / 70.0));
}

void TestSalesVelocity::noClosedDealsNoVelocity()
{
    const QList<DealSpanRow> open{span("r1", 500, QDate(2026, 1, 2))};
    const VelocityResult r = SalesVelocity::compute(open, {QDate(2026, 1, 31)}, ChartFilter{}, usd(), kUtc);
    const VelocityPoint& p = r.points.at(0);
    QCOMPARE(p.openDeals, 1);
    QVERIFY(!p.winRate);
    QVERIFY(!p.dealSize);
    QVERIFY(!p.cycleDays);
    QVERIFY(!p.perDay);
}

void TestSalesVelocity::noDeals()
{
    const VelocityResult r = SalesVelocity::compute({}, {QDate(2026, 1, 31)}, ChartFilter{}, usd(), kUtc);
    QVERIFY(r.isEmpty());
    QVERIFY(SalesVelocity::compute(deals(), {}, ChartFilter{}, usd(), kUtc).isEmpty());
}

QTEST_GUILESS_MAIN(TestSalesVelocity)
#include "TestSalesVelocity.moc"
