// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/MeasureProgress.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(Pace)

class TestMeasureProgress : public QObject
{
    Q_OBJECT

private slots:
    void pace_data();
    void pace();
    void fromSheetMeasure();
};

void TestMeasureProgress::pace_data()
{
    QTest::addColumn<double>("value"); // NaN: no value
    QTest::addColumn<double>("target");
    QTest::addColumn<bool>("cumulative");
    QTest::addColumn<bool>("lower");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Pace>("pace");
    QTest::addColumn<double>("completion"); // NaN: none
    QTest::addColumn<double>("expected");   // NaN: none

    const double none = std::nan("");
    // The period is calendar 2026: 365 days. July 2 is day 183, so a cumulative target of 365
    // asks for 183 by then; ±5 % of that is on track (173.85 .. 192.15).
    const QDate july2(2026, 7, 2);
    QTest::addRow("first day, exactly on pace")
        << 1.0 << 365.0 << true << false << QDate(2026, 1, 1) << Pace::OnTrack << 1.0 / 365 << 1.0;
    QTest::addRow("ahead") << 200.0 << 365.0 << true << false << july2 << Pace::Ahead << 200.0 / 365 << 183.0;
    QTest::addRow("on track, a little below")
        << 180.0 << 365.0 << true << false << july2 << Pace::OnTrack << 180.0 / 365 << 183.0;
    QTest::addRow("behind") << 150.0 << 365.0 << true << false << july2 << Pace::Behind << 150.0 / 365 << 183.0;
    QTest::addRow("achieved early") << 365.0 << 365.0 << true << false << july2 << Pace::Achieved << 1.0 << none;
    QTest::addRow("over target") << 500.0 << 365.0 << true << false << july2 << Pace::Achieved << 500.0 / 365 << none;
    QTest::addRow("missed after the due date")
        << 300.0 << 365.0 << true << false << QDate(2027, 1, 5) << Pace::Missed << 300.0 / 365 << none;
    QTest::addRow("not started") << 0.0 << 365.0 << true << false << QDate(2025, 12, 1) << Pace::NotStarted << 0.0
                                 << none;
    QTest::addRow("no target") << 10.0 << 0.0 << true << false << july2 << Pace::NoTarget << none << none;
    QTest::addRow("no value") << none << 30.0 << false << false << july2 << Pace::NoData << none << none;
    // Levels: a 30 % win rate target.
    QTest::addRow("level meets target") << 35.0 << 30.0 << false << false << july2 << Pace::OnTrack << 35.0 / 30
                                        << none;
    QTest::addRow("level below target") << 25.0 << 30.0 << false << false << july2 << Pace::Behind << 25.0 / 30 << none;
    QTest::addRow("level achieved at the end")
        << 35.0 << 30.0 << false << false << QDate(2027, 2, 1) << Pace::Achieved << 35.0 / 30 << none;
    QTest::addRow("level missed at the end")
        << 25.0 << 30.0 << false << false << QDate(2027, 2, 1) << Pace::Missed << 25.0 / 30 << none;
    // Lower is better: a 60-day sales cycle.
    QTest::addRow("cycle shorter than target")
        << 50.0 << 60.0 << false << true << july2 << Pace::OnTrack << 1.2 << none;
    QTest::addRow("cycle longer than target") << 75.0 << 60.0 << false << true << july2 << Pace::Behind << 0.8 << none;
}

void TestMeasureProgress::pace()
{
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(bool, cumulative);
    QFETCH(bool, lower);
    QFETCH(QDate, today);
    QFETCH(Pace, pace);
    QFETCH(double, completion);
    QFETCH(double, expected);

    const std::optional<double> v = std::isnan(value) ? std::nullopt : std::optional<double>(value);
    const MeasureProgress progress =
        MeasureProgress::of(v, target, cumulative, lower, QDate(2026, 1, 1), QDate(2026, 12, 31), today);
    QCOMPARE(paceKey(progress.pace), paceKey(pace));
    QCOMPARE(progress.completion.has_value(), !std::isnan(completion));
    if (progress.completion) {
        QVERIFY(std::abs(*progress.completion - completion) < 1e-9);
    }
    QCOMPARE(progress.expected.has_value(), !std::isnan(expected));
    if (progress.expected) {
        QVERIFY(std::abs(*progress.expected - expected) < 1e-9);
    }
}

void TestMeasureProgress::fromSheetMeasure()
{
    // An April fiscal year and a measure due at the end of September: 183 days from April 1.
    V2momSheet sheet;
    sheet.fiscalYear = FiscalYear{2026, 4};
    V2momMeasure measure;
    measure.target = 183;
    measure.dueDate = QDate(2026, 9, 30);
    MeasureValue value;
    value.value = 31; // April 1 .. May 1 is 31 days: exactly on pace
    const MeasureProgress progress = MeasureProgress::of(sheet, measure, value, QDate(2026, 5, 1));
    QCOMPARE(progress.pace, Pace::OnTrack);
    QCOMPARE(*progress.expected, 31.0);
    // Entered as readings: a level, compared with the target directly.
    measure.manualMode = ManualMode::Latest;
    QCOMPARE(MeasureProgress::of(sheet, measure, value, QDate(2026, 5, 1)).pace, Pace::Behind);
    // The win rate binding is a level too, whatever the manual mode says.
    measure.binding.kind = MeasureBindingKind::WinRate;
    measure.manualMode = ManualMode::Sum;
    measure.target = 30;
    QCOMPARE(MeasureProgress::of(sheet, measure, value, QDate(2026, 5, 1)).pace, Pace::OnTrack);
}

QTEST_GUILESS_MAIN(TestMeasureProgress)
#include "TestMeasureProgress.moc"
