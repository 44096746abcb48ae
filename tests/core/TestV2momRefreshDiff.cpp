// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/V2momRefreshDiff.h"

#include <QTest>

using Diff = V2momRefreshDiff;

namespace {
V2momMeasure measure(const QString& id, const QString& name, double target)
{
    V2momMeasure m;
    m.id = id;
    m.name = name;
    m.target = target;
    m.dueDate = QDate(2026, 12, 31);
    return m;
}

QString describe(const Diff::ItemChange& item)
{
    return refreshPartDisplayName(item.part) + u' ' + refreshChangeDisplayName(item.change) + u' ' + item.id + u' ' +
           QString::number(item.positionBefore) + u'>' + QString::number(item.positionAfter);
}
} // namespace

class TestV2momRefreshDiff : public QObject
{
    Q_OBJECT

private slots:
    void changesSinceSnapshot();
    void unchangedSheet();
};

void TestV2momRefreshDiff::changesSinceSnapshot()
{
    V2momSnapshot snapshot;
    V2momSheet& then = snapshot.sheet;
    then.id = QStringLiteral("s");
    then.fiscalYear = FiscalYear{2026, 1};
    then.vision = QStringLiteral("Grow in banking");
    then.values = {V2momValue{QStringLiteral("v1"), QStringLiteral("Candour")},
                   V2momValue{QStringLiteral("v2"), QStringLiteral("Speed")}};
    then.methods = {V2momMethod{QStringLiteral("m1"), QStringLiteral("Land"), {}, {}},
                    V2momMethod{QStringLiteral("m2"), QStringLiteral("Pilot"), {}, {}},
                    V2momMethod{QStringLiteral("m3"), QStringLiteral("Hire"), {}, {}}};
    then.obstacles = {V2momObstacle{QStringLiteral("o1"), QStringLiteral("Security reviews"), QStringLiteral("m2")}};
    then.measures = {measure(QStringLiteral("r1"), QStringLiteral("Revenue"), 1000),
                     measure(QStringLiteral("r2"), QStringLiteral("Workshops"), 10)};
    snapshot.measureValues = {{QStringLiteral("r1"), 300}, {QStringLiteral("r2"), 4}};

    V2momSheet now = then;
    now.vision = QStringLiteral("Lead in banking");
    now.values = {V2momValue{QStringLiteral("v1"), QStringLiteral("Candour")},
                  V2momValue{QStringLiteral("v3"), QStringLiteral("Focus")}};
    now.methods = {V2momMethod{QStringLiteral("m2"), QStringLiteral("Pilot"), {}, {}},
                   V2momMethod{QStringLiteral("m1"), QStringLiteral("Land ten banks"), {}, {}},
                   V2momMethod{QStringLiteral("m3"), QStringLiteral("Hire"), {}, {}}};
    now.obstacles[0].methodId = QStringLiteral("m1");
    now.measures = {measure(QStringLiteral("r1"), QStringLiteral("Revenue"), 1200),
                    measure(QStringLiteral("r3"), QStringLiteral("NPS"), 50)};
    now.measures[0].dueDate = QDate(2026, 11, 30);

    const Diff diff = Diff::compute(snapshot, now, {{QStringLiteral("r1"), 900}, {QStringLiteral("r3"), 40}});

    QStringList items;
    for (const Diff::ItemChange& item : diff.items) {
        items << describe(item);
    }
    const QStringList expected{
        QStringLiteral("Vision Reworded s 1>1"),
        QStringLiteral("Value Added v3 -1>2"),
        QStringLiteral("Value Removed v2 2>-1"),
        QStringLiteral("Method Priority changed m2 2>1"),
        QStringLiteral("Method Reworded m1 1>2"),
        QStringLiteral("Method Priority changed m1 1>2"),
        QStringLiteral("Obstacle Link changed o1 1>1"),
        QStringLiteral("Measure Added r3 -1>2"),
        QStringLiteral("Measure Removed r2 2>-1"),
    };
    QCOMPARE(items, expected);
    QCOMPARE(diff.items[4].before, QStringLiteral("Land"));
    QCOMPARE(diff.items[4].after, QStringLiteral("Land ten banks"));
    QCOMPARE(diff.count(Diff::Part::Method), 3);

    QCOMPARE(diff.measures.size(), 3);
    const Diff::MeasureRow& revenue = diff.measures[0];
    QVERIFY(!revenue.added && !revenue.removed);
    QVERIFY(revenue.targetChanged());
    QCOMPARE(*revenue.targetBefore, 1000.0);
    QCOMPARE(*revenue.targetAfter, 1200.0);
    QVERIFY(revenue.dueChanged());
    QCOMPARE(revenue.dueAfter, QDate(2026, 11, 30));
    QCOMPARE(*revenue.completionThen, 0.3); // 300 of 1,000
    QCOMPARE(*revenue.completionNow, 0.75); // 900 of 1,200
    const Diff::MeasureRow& nps = diff.measures[1];
    QVERIFY(nps.added);
    QVERIFY(!nps.valueThen);
    QCOMPARE(*nps.completionNow, 0.8);
    const Diff::MeasureRow& workshops = diff.measures[2];
    QVERIFY(workshops.removed);
    QCOMPARE(*workshops.completionThen, 0.4);
    QVERIFY(!workshops.valueNow);
    QVERIFY(!diff.isEmpty());
}

void TestV2momRefreshDiff::unchangedSheet()
{
    V2momSnapshot snapshot;
    snapshot.sheet.id = QStringLiteral("s");
    snapshot.sheet.values = {V2momValue{QStringLiteral("v1"), QStringLiteral("Candour")}};
    snapshot.sheet.measures = {measure(QStringLiteral("r1"), QStringLiteral("Revenue"), 1000)};
    snapshot.measureValues = {{QStringLiteral("r1"), 100}};
    const Diff diff = Diff::compute(snapshot, snapshot.sheet, {{QStringLiteral("r1"), 400}});
    QVERIFY(diff.isEmpty());
    QCOMPARE(*diff.measures[0].completionThen, 0.1);
    QCOMPARE(*diff.measures[0].completionNow, 0.4);
}

QTEST_GUILESS_MAIN(TestV2momRefreshDiff)
#include "TestV2momRefreshDiff.moc"
