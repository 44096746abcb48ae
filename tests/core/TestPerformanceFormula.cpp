// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFixtures.h"

#include "core/analytics/PerformanceFormula.h"

#include <QTest>

using namespace ChartFixtures;

namespace {
QList<LeadSourceRow> leads()
{
    return {{QStringLiteral("r1"), QStringLiteral("referral"), 6, 3, 0, 0},
            {QStringLiteral("r1"), QStringLiteral("website"), 4, 1, 0, 0},
            {QStringLiteral("r2"), QStringLiteral("website"), 20, 4, 0, 0}};
}

ClosedDealRow closed(const char* owner, bool won, qint64 amount, int cycleDays)
{
    ClosedDealRow row;
    row.dealId = QString::fromLatin1(owner) + QString::number(amount) + QString::number(cycleDays);
    row.ownerId = QString::fromLatin1(owner);
    row.won = won;
    row.createdMs = ms(QDate(2026, 1, 1));
    row.closedMs = row.createdMs + cycleDays * kDay;
    row.amount = Money{amount, QStringLiteral("USD")};
    return row;
}

QList<ClosedDealRow> deals()
{
    return {closed("r1", true, 1000, 10),
            closed("r1", true, 3000, 30),
            closed("r1", false, 5000, 7),
            closed("r1", false, 5000, 8),
            closed("r2", true, 2000, 50),
            closed("r2", false, 100, 1),
            closed("r2", false, 100, 2),
            closed("r2", false, 100, 3)};
}

QList<CollectionTotalRow> payments()
{
    return {{QStringLiteral("r1"), QStringLiteral("USD"), 2, 2000}};
}

constexpr auto leadsIndex = std::size_t(Lever::Leads);
constexpr auto conversionIndex = std::size_t(Lever::LeadConversion);
constexpr auto winIndex = std::size_t(Lever::WinRate);
constexpr auto sizeIndex = std::size_t(Lever::DealSize);
constexpr auto collectionIndex = std::size_t(Lever::CollectionRatio);
constexpr auto cycleIndex = std::size_t(Lever::CycleLength);
} // namespace

class TestPerformanceFormula : public QObject
{
    Q_OBJECT
private slots:
    void teamFactors();
    void repsIndexedToTeam();
    void withoutCollectionDataTheRatioIsOne();
    void aRepWithNothing();
    void noLeadsNoClosedDeals();
};

void TestPerformanceFormula::teamFactors()
{
    const PerformanceResult r = PerformanceFormula::compute(leads(), deals(), payments(), team(), {}, {}, usd(), 90);
    const PerformanceFactors& t = r.team;
    QCOMPARE(t.leads, 30);
    QCOMPARE(t.opportunities, 8);
    QCOMPARE(t.won, 3);
    QCOMPARE(t.lost, 5);
    QCOMPARE(t.wonAmountMinor, 6000);
    QCOMPARE(*t.leadConversion, 8.0 / 30.0);
    QCOMPARE(*t.winRate, 3.0 / 8.0);
    QCOMPARE(*t.dealSize, 2000.0);
    QCOMPARE(*t.cycleDays, 30.0); // (10 + 30 + 50) / 3
    QVERIFY(t.collectionKnown);
    QVERIFY(qFuzzyCompare(t.collectionRatio, 2000.0 / 6000.0));
    // 30 × 8/30 × 3/8 × 2000 × 1/3 = 2000
    QVERIFY(qFuzzyCompare(*t.collections, 2000.0));
    QCOMPARE(r.teamReps, 2);
    QCOMPARE(r.periodDays, 90);
}

void TestPerformanceFormula::repsIndexedToTeam()
{
    const PerformanceResult r = PerformanceFormula::compute(leads(), deals(), payments(), team(), {}, {}, usd(), 90);
    QCOMPARE(r.reps.size(), 2); // the manager owns nothing
    const RepPerformance& ann = r.reps.at(0);
    QCOMPARE(ann.name, QStringLiteral("Ann"));
    QCOMPARE(ann.factors.leads, 10);
    QCOMPARE(*ann.factors.leadConversion, 0.4);
    QCOMPARE(*ann.factors.winRate, 0.5);
    QCOMPARE(*ann.factors.dealSize, 2000.0);
    QCOMPARE(*ann.factors.cycleDays, 20.0);
    QCOMPARE(ann.factors.collectionRatio, 0.5);                        // 2000 received of 4000 won
    QVERIFY(qFuzzyCompare(*ann.factors.collections, 2000.0));          // 10 × 0.4 × 0.5 × 2000 × 0.5
    QVERIFY(qFuzzyCompare(*ann.index[leadsIndex], 10.0 / 15.0 * 100)); // against 30 leads / 2 reps
    QVERIFY(qFuzzyCompare(*ann.index[conversionIndex], 150.0));
    QVERIFY(qFuzzyCompare(*ann.index[winIndex], 0.5 / 0.375 * 100));
    QVERIFY(qFuzzyCompare(*ann.index[sizeIndex], 100.0));
    QVERIFY(qFuzzyCompare(*ann.index[collectionIndex], 150.0));
    QVERIFY(qFuzzyCompare(*ann.index[cycleIndex], 150.0)); // 30 team days / 20: shorter is better
    QCOMPARE(*ann.weakest, Lever::Leads);

    const RepPerformance& bob = r.reps.at(1);
    QVERIFY(qFuzzyCompare(*bob.index[leadsIndex], 20.0 / 15.0 * 100));
    QVERIFY(qFuzzyCompare(*bob.index[conversionIndex], 75.0));
    QVERIFY(qFuzzyCompare(*bob.index[winIndex], 0.25 / 0.375 * 100));
    QVERIFY(!bob.index[collectionIndex]); // Bob's wins have no payments recorded
    QVERIFY(!bob.factors.collectionKnown);
    QCOMPARE(bob.factors.collectionRatio, 1.0);
    QVERIFY(qFuzzyCompare(*bob.index[cycleIndex], 60.0)); // 30 / 50
    QCOMPARE(*bob.weakest, Lever::CycleLength);
}

void TestPerformanceFormula::withoutCollectionDataTheRatioIsOne()
{
    const PerformanceResult r = PerformanceFormula::compute(leads(), deals(), {}, team(), {}, {}, usd(), 30);
    QVERIFY(!r.collectionsKnown());
    QCOMPARE(r.team.collectionRatio, 1.0);
    QVERIFY(!r.team.value(Lever::CollectionRatio));
    QVERIFY(qFuzzyCompare(*r.team.collections, 6000.0)); // 30 × 8/30 × 3/8 × 2000
    for (const RepPerformance& rep : r.reps) {
        QVERIFY(!rep.index[collectionIndex]);
    }
}

void TestPerformanceFormula::aRepWithNothing()
{
    QList<Owner> owners = team();
    owners.append(owner(QStringLiteral("r3"), QStringLiteral("Cy"), OwnerRole::Rep, QStringLiteral("m")));
    const PerformanceResult r = PerformanceFormula::compute(leads(), deals(), {}, owners, {}, {}, usd(), 30);
    QCOMPARE(r.teamReps, 3);
    QCOMPARE(r.reps.size(), 3);
    const RepPerformance& cy = r.reps.at(2);
    QCOMPARE(cy.name, QStringLiteral("Cy"));
    QCOMPARE(*cy.index[leadsIndex], 0.0); // no leads at all is a real zero
    QVERIFY(!cy.factors.leadConversion);
    QVERIFY(!cy.factors.winRate);
    QVERIFY(!cy.factors.dealSize);
    QVERIFY(!cy.factors.cycleDays);
    QVERIFY(!cy.factors.collections);
    QVERIFY(!cy.index[winIndex]);
    QCOMPARE(*cy.weakest, Lever::Leads);
}

void TestPerformanceFormula::noLeadsNoClosedDeals()
{
    const PerformanceResult r = PerformanceFormula::compute({}, {}, {}, team(), {}, {}, usd(), 30);
    QVERIFY(r.isEmpty());
    QVERIFY(!r.team.leadConversion);
    QVERIFY(!r.team.winRate);
    QVERIFY(!r.team.dealSize);
    QVERIFY(!r.team.collections);
    for (const RepPerformance& rep : r.reps) {
        QVERIFY(!rep.index[leadsIndex]); // 0 leads against a team average of 0: no index
        QVERIFY(!rep.weakest);
    }
}

QTEST_GUILESS_MAIN(TestPerformanceFormula)
#include "TestPerformanceFormula.moc"
