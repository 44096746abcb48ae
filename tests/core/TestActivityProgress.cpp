// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFixtures.h"

#include "core/analytics/ActivityProgress.h"

#include <QTest>

using namespace ChartFixtures;

namespace {
const QTimeZone kUtc = QTimeZone::utc();

MilestoneProgressRow deal(const char* id, const char* owner, qint64 amount, const QList<QDate>& done)
{
    MilestoneProgressRow row;
    row.dealId = QString::fromLatin1(id);
    row.name = row.dealId.toUpper();
    row.ownerId = QString::fromLatin1(owner);
    row.stageId = QStringLiteral("b");
    row.amount = Money{amount, QStringLiteral("USD")};
    for (int i = 0; i < done.size() && i < 5; ++i) {
        row.milestonesDone[std::size_t(i)] = done.at(i);
    }
    return row;
}

QList<MilestoneProgressRow> deals()
{
    return {deal("a", "r1", 100, {QDate(2026, 2, 10), QDate(2026, 3, 5)}),
            deal("b", "r1", 200, {QDate(2026, 1, 1)}),
            deal("c", "r2", 300, {}),
            deal("d", "r2", 400, {QDate(2026, 4, 2)})};
}

QHash<QString, int> interactions()
{
    return {{QStringLiteral("a"), 6}, {QStringLiteral("b"), 8}, {QStringLiteral("d"), 2}};
}

ChartFilter march(const QSet<QString>& owners = {})
{
    ChartFilter filter;
    filter.period = ReportPeriod::fromLocalDays(QDate(2026, 3, 1), QDate(2026, 3, 31), kUtc);
    filter.ownerIds = owners;
    return filter;
}
} // namespace

class TestActivityProgress : public QObject
{
    Q_OBJECT
private slots:
    void busyWithoutProgress();
    void oneRep();
    void noSheets();
};

void TestActivityProgress::busyWithoutProgress()
{
    // r1 has deals a and b with sheets and 3 without, r2 c and d and 2 without.
    const QHash<QString, int> open{{QStringLiteral("r1"), 5}, {QStringLiteral("r2"), 4}};
    const ActivityProgressResult r = ActivityProgress::compute(deals(), interactions(), open, march(), usd(), kUtc);
    QCOMPARE(r.deals.size(), 4);
    QCOMPARE(r.dealsWithoutSheet, 5);
    const ActivityPoint& a = r.deals.at(0);
    QCOMPARE(a.interactions, 6);
    QCOMPARE(a.milestonesDone, 2);
    QCOMPARE(a.milestonesInPeriod, 1);
    QCOMPARE(a.progress(), 0.4);
    QVERIFY(!a.busyWithoutProgress);
    QCOMPARE(r.deals.at(3).milestonesDone, 0); // reached after the period
    QCOMPARE(r.deals.at(2).interactions, 0);
    // Interactions 6, 8, 0, 2: median 4, so busy from 4 on.
    QCOMPARE(r.busyThreshold, 4);
    QVERIFY(r.deals.at(1).busyWithoutProgress);
    QCOMPARE(r.busyWithoutProgress, 1);
    QCOMPARE(r.busyWithoutProgressAmountMinor, 200);
    QCOMPARE(*r.interactionsPerMilestone, 16.0); // 16 interactions, one milestone in March
}

void TestActivityProgress::oneRep()
{
    // r1 has deals a and b with sheets and 3 without, r2 c and d and 2 without.
    const QHash<QString, int> open{{QStringLiteral("r1"), 5}, {QStringLiteral("r2"), 4}};
    const ActivityProgressResult r =
        ActivityProgress::compute(deals(), interactions(), open, march({QStringLiteral("r2")}), usd(), kUtc);
    QCOMPARE(r.deals.size(), 2);
    QCOMPARE(r.dealsWithoutSheet, 2);
    QCOMPARE(r.busyThreshold, 3); // median 1, but never below three
    QCOMPARE(r.busyWithoutProgress, 0);
    QVERIFY(!r.interactionsPerMilestone); // no milestone reached: nothing to divide by
}

void TestActivityProgress::noSheets()
{
    const ActivityProgressResult r =
        ActivityProgress::compute({}, {}, {{QStringLiteral("r1"), 7}}, march(), usd(), kUtc);
    QVERIFY(r.isEmpty());
    QCOMPARE(r.dealsWithoutSheet, 7);
    QCOMPARE(r.busyThreshold, ActivityProgress::kMinimumBusyThreshold);
}

QTEST_GUILESS_MAIN(TestActivityProgress)
#include "TestActivityProgress.moc"
