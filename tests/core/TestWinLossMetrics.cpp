// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFixtures.h"

#include "core/analytics/WinLossMetrics.h"
#include "core/analytics/WinScenarios.h"

#include <QTest>

using namespace ChartFixtures;

namespace {
ClosedDealRow deal(const char* id,
                   const char* owner,
                   bool won,
                   const char* segment,
                   const char* industry,
                   const char* source,
                   qint64 amount = 100,
                   const char* currency = "USD")
{
    ClosedDealRow row;
    row.dealId = QString::fromLatin1(id);
    row.ownerId = QString::fromLatin1(owner);
    row.won = won;
    row.segment = QString::fromLatin1(segment);
    row.industry = QString::fromLatin1(industry);
    row.source = QString::fromLatin1(source);
    row.sizeBand = row.segment == QLatin1String("SMB") ? QStringLiteral("Small") : QStringLiteral("Large");
    row.amount = Money{amount, QString::fromLatin1(currency)};
    return row;
}

QList<ClosedDealRow> closed()
{
    ClosedDealRow d2 = deal("d2", "r1", false, "SMB", "Retail", "website");
    d2.lostReason = QStringLiteral("price");
    d2.competitor = QStringLiteral("Acme");
    ClosedDealRow d4 = deal("d4", "r2", false, "Enterprise", "Retail", "referral");
    d4.lostReason = QStringLiteral("competitor");
    d4.competitor = QStringLiteral(" Acme ");
    ClosedDealRow d5 = deal("d5", "r2", false, "", "", "");
    return {deal("d1", "r1", true, "SMB", "Retail", "referral", 100),
            d2,
            deal("d3", "r2", true, "Enterprise", "Banking", "referral", 300),
            d4,
            d5,
            deal("d6", "r1", true, "SMB", "Retail", "", 100, "GBP")}; // no GBP rate
}

QHash<QString, WonSheetFacts> sheets()
{
    WonSheetFacts d1;
    d1.trigger = QStringLiteral("New CFO");
    d1.problem = QStringLiteral("Cut costs");
    d1.competitors = {QStringLiteral("Acme"), QStringLiteral("Beta")};
    d1.champions = {ChampionFact{QStringLiteral("economic_buyer"), QStringLiteral("executive")}};
    WonSheetFacts d3;
    d3.trigger = QStringLiteral("new cfo");
    d3.competitors = {QStringLiteral("Acme"), QStringLiteral("Acme")};
    return {{QStringLiteral("d1"), d1}, {QStringLiteral("d3"), d3}};
}

QString keys(const QList<WinRateGroup>& groups)
{
    QStringList result;
    for (const WinRateGroup& g : groups) {
        result.append(QStringLiteral("%1:%2/%3").arg(g.key).arg(g.won).arg(g.closed()));
    }
    return result.join(QLatin1Char(' '));
}

QString shares(const QList<ScenarioShare>& list)
{
    QStringList result;
    for (const ScenarioShare& s : list) {
        result.append(QStringLiteral("%1:%2").arg(s.key).arg(s.deals));
    }
    return result.join(QLatin1Char(' '));
}
} // namespace

class TestWinLossMetrics : public QObject
{
    Q_OBJECT
private slots:
    void winRatesByGroup();
    void competitorsAndLostReasons();
    void oneRep();
    void noClosedDeals();
    void winScenarios();
    void winScenariosKeepTheTop();
    void noWonDeals();
};

void TestWinLossMetrics::winRatesByGroup()
{
    const WinLossResult r = WinLossMetrics::compute(closed(), sheets(), ChartFilter{}, usd());
    QCOMPARE(r.won, 3);
    QCOMPARE(r.lost, 3);
    QCOMPARE(*r.winRate, 0.5);
    QCOMPARE(keys(r.bySegment), QStringLiteral("SMB:2/3 Enterprise:1/2 :0/1"));
    QCOMPARE(*r.bySegment.at(0).winRate, 2.0 / 3.0);
    QCOMPARE(r.bySegment.at(0).wonAmountMinor, 100); // d6 could not be valued
    QCOMPARE(keys(r.byIndustry), QStringLiteral("Retail:2/4 :0/1 Banking:1/1"));
    QCOMPARE(keys(r.bySource), QStringLiteral("referral:2/3 :1/2 website:0/1"));
    QCOMPARE(*r.bySource.at(2).winRate, 0.0);
    QCOMPARE(r.unconverted, QSet<QString>{QStringLiteral("GBP")});
}

void TestWinLossMetrics::competitorsAndLostReasons()
{
    const WinLossResult r = WinLossMetrics::compute(closed(), sheets(), ChartFilter{}, usd());
    // Acme: beaten on d1 and d3 (named twice on d3, counted once), won d2 and d4.
    QCOMPARE(keys(r.byCompetitor), QStringLiteral("Acme:2/4 Beta:1/1"));
    QCOMPARE(r.byCompetitor.at(0).wonAmountMinor, 400);
    QCOMPARE(r.lostReasons.size(), 3);
    QCOMPARE(r.lostReasons.at(0).reason, QString()); // ties by key: unrecorded first
    QCOMPARE(r.lostReasons.at(1).reason, QStringLiteral("competitor"));
    QCOMPARE(r.lostReasons.at(2).reason, QStringLiteral("price"));
    QCOMPARE(r.lostReasons.at(2).deals, 1);
    QCOMPARE(r.lostReasons.at(2).amountMinor, 100);
}

void TestWinLossMetrics::oneRep()
{
    ChartFilter filter;
    filter.ownerIds = {QStringLiteral("r1")};
    const WinLossResult r = WinLossMetrics::compute(closed(), sheets(), filter, usd());
    QCOMPARE(r.won, 2);
    QCOMPARE(r.lost, 1);
    QCOMPARE(keys(r.bySegment), QStringLiteral("SMB:2/3"));
    QCOMPARE(keys(r.byCompetitor), QStringLiteral("Acme:1/2 Beta:1/1"));
}

void TestWinLossMetrics::noClosedDeals()
{
    const WinLossResult r = WinLossMetrics::compute({}, {}, ChartFilter{}, usd());
    QVERIFY(r.isEmpty());
    QVERIFY(!r.winRate);
    QVERIFY(r.bySegment.isEmpty());
    QVERIFY(r.lostReasons.isEmpty());
}

void TestWinLossMetrics::winScenarios()
{
    const WinScenarioResult r = WinScenarios::compute(closed(), sheets(), ChartFilter{}, usd());
    QCOMPARE(r.wonDeals, 3);
    QCOMPARE(r.withSheet, 2);
    QCOMPARE(r.wonAmountMinor, 400);
    QCOMPARE(shares(r.of(ScenarioDimension::Segment)), QStringLiteral("SMB:2 Enterprise:1"));
    QCOMPARE(r.of(ScenarioDimension::Segment).at(0).share, 2.0 / 3.0);
    QCOMPARE(shares(r.of(ScenarioDimension::Size)), QStringLiteral("Small:2 Large:1"));
    // "New CFO" and "new cfo" are one trigger, shown as first written.
    QCOMPARE(shares(r.of(ScenarioDimension::Trigger)), QStringLiteral("New CFO:2 :1"));
    QCOMPARE(shares(r.of(ScenarioDimension::Problem)), QStringLiteral(":2 Cut costs:1"));
    QCOMPARE(shares(r.of(ScenarioDimension::CompetitorBeaten)), QStringLiteral("Acme:2 :1 Beta:1"));
    QCOMPARE(shares(r.of(ScenarioDimension::ChampionRole)), QStringLiteral(":1 *none:1 economic_buyer:1"));
}

void TestWinLossMetrics::winScenariosKeepTheTop()
{
    const WinScenarioResult r = WinScenarios::compute(closed(), sheets(), ChartFilter{}, usd(), 1);
    QCOMPARE(shares(r.of(ScenarioDimension::Segment)), QStringLiteral("SMB:2 *other:1"));
    QCOMPARE(r.of(ScenarioDimension::Segment).at(1).amountMinor, 300);
}

void TestWinLossMetrics::noWonDeals()
{
    ChartFilter filter;
    filter.ownerIds = {QStringLiteral("nobody")};
    const WinScenarioResult r = WinScenarios::compute(closed(), sheets(), filter, usd());
    QVERIFY(r.isEmpty());
    for (ScenarioDimension d : WinScenarios::dimensions()) {
        QVERIFY(r.of(d).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestWinLossMetrics)
#include "TestWinLossMetrics.moc"
