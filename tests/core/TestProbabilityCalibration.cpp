// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFixtures.h"

#include "core/analytics/ProbabilityCalibration.h"

#include <QTest>

using namespace ChartFixtures;

namespace {
QList<StageVisitRow> visits()
{
    return {{QStringLiteral("r1"), QStringLiteral("a"), true, 2},
            {QStringLiteral("r1"), QStringLiteral("a"), false, 6},
            {QStringLiteral("r1"), QStringLiteral("b"), true, 2},
            {QStringLiteral("r1"), QStringLiteral("b"), false, 2},
            {QStringLiteral("r2"), QStringLiteral("c"), true, 1},
            {QStringLiteral("r2"), QStringLiteral("won"), true, 3}, // closed stages are not calibrated
            {QStringLiteral("r2"), QStringLiteral("x"), true, 5}};  // another pipeline's stage
}
} // namespace

class TestProbabilityCalibration : public QObject
{
    Q_OBJECT
private slots:
    void actualShareAgainstDefault();
    void oneRep();
    void noClosedDeals();
};

void TestProbabilityCalibration::actualShareAgainstDefault()
{
    const CalibrationResult r = ProbabilityCalibration::compute(pipeline(), visits(), ChartFilter{}, {});
    QCOMPARE(r.stages.size(), 3);
    const CalibrationStage& a = r.stages.at(0);
    QCOMPARE(a.deals, 8);
    QCOMPARE(a.won, 2);
    QCOMPARE(*a.actual, 0.25);
    QCOMPARE(a.defaultProbability, 10);
    QCOMPARE(*a.gapPoints(), 15.0);
    QCOMPARE(*r.stages.at(1).actual, 0.5);
    QCOMPARE(*r.stages.at(1).gapPoints(), 0.0);
    QCOMPARE(r.stages.at(2).deals, 1);
    QCOMPARE(*r.stages.at(2).actual, 1.0);
    QVERIFY(!r.isEmpty());
}

void TestProbabilityCalibration::oneRep()
{
    ChartFilter filter;
    filter.ownerIds = {QStringLiteral("r1")};
    const CalibrationResult r = ProbabilityCalibration::compute(pipeline(), visits(), filter, {});
    QCOMPARE(r.stages.at(2).deals, 0);
    QVERIFY(!r.stages.at(2).actual); // no deals: no figure, not 0 %
    QVERIFY(!r.stages.at(2).gapPoints());
}

void TestProbabilityCalibration::noClosedDeals()
{
    const CalibrationResult r = ProbabilityCalibration::compute(pipeline(), {}, ChartFilter{}, {});
    QVERIFY(r.isEmpty());
    for (const CalibrationStage& s : r.stages) {
        QVERIFY(!s.actual);
    }
}

QTEST_GUILESS_MAIN(TestProbabilityCalibration)
#include "TestProbabilityCalibration.moc"
