// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFixtures.h"

#include "core/analytics/LeadSourceMetrics.h"

#include <QTest>

using namespace ChartFixtures;

namespace {
QList<LeadSourceRow> totals()
{
    return {{QStringLiteral("r1"), QStringLiteral("referral"), 10, 5, 2, 1},
            {QStringLiteral("r2"), QStringLiteral("referral"), 10, 1, 0, 0},
            {QStringLiteral("r1"), QStringLiteral("website"), 4, 0, 0, 0},
            {QStringLiteral("r1"), QString(), 2, 1, 1, 0},
            {QStringLiteral("r1"), QStringLiteral("fax"), 1, 0, 0, 0}};
}

LeadConversionRow converted(const char* owner, const char* source, double days)
{
    const qint64 created = ms(QDate(2026, 2, 1));
    return LeadConversionRow{
        QString::fromLatin1(owner), QString::fromLatin1(source), created, created + qint64(days * kDay)};
}

QList<LeadConversionRow> conversions()
{
    return {converted("r1", "referral", 2),
            converted("r1", "referral", 4),
            converted("r1", "referral", 10),
            converted("r2", "referral", 6),
            converted("r1", "", 1)};
}
} // namespace

class TestLeadSourceMetrics : public QObject
{
    Q_OBJECT
private slots:
    void ratesPerSource();
    void order();
    void oneRep();
    void noLeads();
};

void TestLeadSourceMetrics::ratesPerSource()
{
    const LeadSourceResult r = LeadSourceMetrics::compute(totals(), conversions(), ChartFilter{});
    const LeadSourceStats& referral = r.sources.at(0);
    QCOMPARE(referral.source, QStringLiteral("referral"));
    QCOMPARE(referral.leads, 20);
    QCOMPARE(referral.opportunities, 6);
    QCOMPARE(referral.won, 2);
    QCOMPARE(referral.lost, 1);
    QCOMPARE(referral.open(), 3);
    QCOMPARE(*referral.leadToOpportunity, 0.3);
    QCOMPARE(*referral.opportunityToWon, 2.0 / 6.0);
    QCOMPARE(*referral.leadToWon, 0.1);
    QCOMPARE(*referral.medianDaysToConvert, 5.0); // 2, 4, 6, 10
    const LeadSourceStats& website = r.sources.at(1);
    QCOMPARE(*website.leadToOpportunity, 0.0);
    QVERIFY(!website.opportunityToWon); // no opportunity: nothing to divide by
    QCOMPARE(*website.leadToWon, 0.0);
    QVERIFY(!website.medianDaysToConvert);
    QCOMPARE(r.total.leads, 27);
    QCOMPARE(r.total.opportunities, 7);
    QCOMPARE(r.total.won, 3);
    QCOMPARE(*r.total.leadToWon, 3.0 / 27.0);
    QCOMPARE(*r.total.medianDaysToConvert, 4.0); // 1, 2, 4, 6, 10
}

void TestLeadSourceMetrics::order()
{
    const LeadSourceResult r = LeadSourceMetrics::compute(totals(), conversions(), ChartFilter{});
    QStringList order;
    for (const LeadSourceStats& s : r.sources) {
        order.append(s.source);
    }
    // Known sources in their own order, unknown names after them, unrecorded last.
    QCOMPARE(order,
             (QStringList{QStringLiteral("referral"), QStringLiteral("website"), QStringLiteral("fax"), QString()}));
}

void TestLeadSourceMetrics::oneRep()
{
    ChartFilter filter;
    filter.ownerIds = {QStringLiteral("r2")};
    const LeadSourceResult r = LeadSourceMetrics::compute(totals(), conversions(), filter);
    QCOMPARE(r.sources.size(), 1);
    QCOMPARE(r.sources.at(0).leads, 10);
    QCOMPARE(*r.sources.at(0).leadToOpportunity, 0.1);
    QCOMPARE(*r.sources.at(0).opportunityToWon, 0.0);
    QCOMPARE(*r.sources.at(0).medianDaysToConvert, 6.0);
}

void TestLeadSourceMetrics::noLeads()
{
    const LeadSourceResult r = LeadSourceMetrics::compute({}, {}, ChartFilter{});
    QVERIFY(r.isEmpty());
    QVERIFY(r.sources.isEmpty());
    QVERIFY(!r.total.leadToOpportunity);
    QVERIFY(!r.total.leadToWon);
    QVERIFY(!r.total.medianDaysToConvert);
}

QTEST_GUILESS_MAIN(TestLeadSourceMetrics)
#include "TestLeadSourceMetrics.moc"
