// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFixtures.h"

#include "core/analytics/ForecastVsQuota.h"
#include "core/analytics/QuotaBook.h"
#include "core/analytics/StageIndex.h"

#include <QTest>

using namespace ChartFixtures;

namespace {
const QTimeZone kUtc = QTimeZone::utc();

QList<WonDealRow> won()
{
    return {{QStringLiteral("r1"), Money{1000, QStringLiteral("USD")}, ms(QDate(2026, 1, 10))},
            {QStringLiteral("r2"), Money{100, QStringLiteral("EUR")}, ms(QDate(2026, 2, 1))},   // 120 USD
            {QStringLiteral("r1"), Money{7000, QStringLiteral("USD")}, ms(QDate(2026, 4, 1))}}; // after the buckets
}

OpenForecastRow open(const char* owner, const char* stageId, ForecastCategory category, int month, qint64 amount)
{
    return OpenForecastRow{QString::fromLatin1(owner),
                           QString::fromLatin1(stageId),
                           category,
                           QStringLiteral("USD"),
                           QDate(2026, month, 1),
                           1,
                           amount};
}

QList<OpenForecastRow> openRows()
{
    return {open("r1", "a", ForecastCategory::Commit, 2, 500),
            open("r2", "b", ForecastCategory::BestCase, 3, 300),
            open("r1", "b", ForecastCategory::Pipeline, 3, 100),
            open("r1", "a", ForecastCategory::Omitted, 3, 999)};
}

QuotaBook quotas()
{
    return QuotaBook({Quota{QStringLiteral("q1"),
                            QStringLiteral("r1"),
                            QStringLiteral("quarter"),
                            QDate(2026, 1, 1),
                            Money{3000, QStringLiteral("USD")}},
                      Quota{QStringLiteral("q2"),
                            QStringLiteral("r2"),
                            QStringLiteral("month"),
                            QDate(2026, 2, 1),
                            Money{100, QStringLiteral("EUR")}}});
}

ForecastResult run(ForecastPeriod::Kind kind, const ChartFilter& filter, const QuotaBook& book = quotas())
{
    const Pipeline p = pipeline();
    const ReportPeriod q1 = ReportPeriod::fromLocalDays(QDate(2026, 1, 1), QDate(2026, 3, 31), kUtc);
    return ForecastVsQuota::compute(kind,
                                    ForecastVsQuota::buckets(q1, kind, kUtc),
                                    won(),
                                    openRows(),
                                    book,
                                    StageIndex({p}),
                                    team(),
                                    filter,
                                    usd(),
                                    kUtc);
}
} // namespace

class TestForecastVsQuota : public QObject
{
    Q_OBJECT
private slots:
    void bucketsCoverThePeriod();
    void monthlyTeamForecast();
    void quarterlyTeamForecast();
    void repsAreSmallMultiples();
    void oneRep();
    void withoutQuotaTheLineIsAbsent();
    void emptyPeriod();
};

void TestForecastVsQuota::bucketsCoverThePeriod()
{
    const ReportPeriod span = ReportPeriod::fromLocalDays(QDate(2026, 2, 15), QDate(2026, 4, 10), kUtc);
    const auto months = ForecastVsQuota::buckets(span, ForecastPeriod::Kind::Month, kUtc);
    QCOMPARE(months.size(), 3);
    QCOMPARE(months.at(0).first, QDate(2026, 2, 1));
    QCOMPARE(months.at(2).first, QDate(2026, 4, 1));
    const auto quarters = ForecastVsQuota::buckets(span, ForecastPeriod::Kind::Quarter, kUtc);
    QCOMPARE(quarters.size(), 2);
    QCOMPARE(quarters.at(1).first, QDate(2026, 4, 1));
    QVERIFY(ForecastVsQuota::buckets(ReportPeriod{}, ForecastPeriod::Kind::Month, kUtc).isEmpty());
}

void TestForecastVsQuota::monthlyTeamForecast()
{
    const ForecastResult r = run(ForecastPeriod::Kind::Month, ChartFilter{});
    QVERIFY(r.hasQuota);
    QCOMPARE(r.team.buckets.size(), 3);
    const ForecastBucket& jan = r.team.buckets.at(0);
    QCOMPARE(jan.closedWon, 1000);
    QCOMPARE(jan.weighted, 0);
    QCOMPARE(*jan.quota, 1000); // a third of r1's quarter; r2 has none for January
    QCOMPARE(*jan.attainment(), 1.0);
    const ForecastBucket& feb = r.team.buckets.at(1);
    QCOMPARE(feb.closedWon, 120);
    QCOMPARE(feb.commit, 500);
    QCOMPARE(feb.weighted, 50); // 500 × 10 %
    QCOMPARE(*feb.quota, 1120); // 1000 + 100 EUR
    const ForecastBucket& mar = r.team.buckets.at(2);
    QCOMPARE(mar.bestCase, 300);
    QCOMPARE(mar.pipeline, 100);
    QCOMPARE(mar.commit, 0);     // the omitted deal counts nowhere
    QCOMPARE(mar.weighted, 200); // (300 + 100) × 50 %
    QCOMPARE(mar.expected(), 200);
    QCOMPARE(*mar.quota, 1000);
}

void TestForecastVsQuota::quarterlyTeamForecast()
{
    const ForecastResult r = run(ForecastPeriod::Kind::Quarter, ChartFilter{});
    QCOMPARE(r.team.buckets.size(), 1);
    const ForecastBucket& q1 = r.team.buckets.at(0);
    QCOMPARE(q1.closedWon, 1120);
    QCOMPARE(q1.commit, 500);
    QCOMPARE(q1.bestCase, 300);
    QCOMPARE(q1.pipeline, 100);
    QCOMPARE(q1.weighted, 250);
    QCOMPARE(*q1.quota, 3120); // r1's quarter + r2's only month
    QCOMPARE(*q1.attainment(), 1120.0 / 3120.0);
}

void TestForecastVsQuota::repsAreSmallMultiples()
{
    const ForecastResult r = run(ForecastPeriod::Kind::Month, ChartFilter{});
    QCOMPARE(r.reps.size(), 2); // the manager has neither deals nor quota
    QCOMPARE(r.reps.at(0).name, QStringLiteral("Ann"));
    QCOMPARE(r.reps.at(0).buckets.at(0).closedWon, 1000);
    QCOMPARE(r.reps.at(0).buckets.at(2).weighted, 50);
    QCOMPARE(r.reps.at(1).name, QStringLiteral("Bob"));
    QCOMPARE(r.reps.at(1).buckets.at(1).closedWon, 120);
    QVERIFY(!r.reps.at(1).buckets.at(0).quota);
    QCOMPARE(*r.reps.at(1).buckets.at(1).quota, 120);
}

void TestForecastVsQuota::oneRep()
{
    ChartFilter filter;
    filter.ownerIds = {QStringLiteral("r2")};
    const ForecastResult r = run(ForecastPeriod::Kind::Month, filter);
    QCOMPARE(r.reps.size(), 1);
    QCOMPARE(r.team.buckets.at(0).closedWon, 0);
    QVERIFY(!r.team.buckets.at(0).quota);
    QVERIFY(!r.team.buckets.at(0).attainment());
    QCOMPARE(r.team.buckets.at(1).closedWon, 120);
    QCOMPARE(*r.team.buckets.at(1).quota, 120);
    QCOMPARE(r.team.buckets.at(2).bestCase, 300);
}

void TestForecastVsQuota::withoutQuotaTheLineIsAbsent()
{
    const ForecastResult r = run(ForecastPeriod::Kind::Month, ChartFilter{}, QuotaBook({}));
    QVERIFY(!r.hasQuota);
    for (const ForecastBucket& b : r.team.buckets) {
        QVERIFY(!b.quota);
        QVERIFY(!b.attainment());
    }
    QVERIFY(!r.isEmpty());
}

void TestForecastVsQuota::emptyPeriod()
{
    const ReportPeriod q3 = ReportPeriod::fromLocalDays(QDate(2026, 7, 1), QDate(2026, 9, 30), kUtc);
    const Pipeline p = pipeline();
    const ForecastResult r = ForecastVsQuota::compute(ForecastPeriod::Kind::Month,
                                                      ForecastVsQuota::buckets(q3, ForecastPeriod::Kind::Month, kUtc),
                                                      won(),
                                                      openRows(),
                                                      QuotaBook({}),
                                                      StageIndex({p}),
                                                      team(),
                                                      ChartFilter{},
                                                      usd(),
                                                      kUtc);
    QVERIFY(r.isEmpty());
    QCOMPARE(r.team.buckets.size(), 3);
}

QTEST_GUILESS_MAIN(TestForecastVsQuota)
#include "TestForecastVsQuota.moc"
