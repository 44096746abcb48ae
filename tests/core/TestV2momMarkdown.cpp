// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/V2momMarkdown.h"

#include <QTest>

class TestV2momMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void sheet();
    void emptySheet();
    void numbersAndCells_data();
    void numbersAndCells();
};

void TestV2momMarkdown::sheet()
{
    V2momSheet sheet;
    sheet.id = QStringLiteral("s");
    sheet.fiscalYear = FiscalYear{2026, 1};
    sheet.vision = QStringLiteral("Be the **trusted** partner of mid-market banks.\n");
    sheet.values = {V2momValue{QStringLiteral("v1"), QStringLiteral("Customer outcomes first")},
                    V2momValue{QStringLiteral("v2"), QStringLiteral("Candour")}};
    sheet.methods = {V2momMethod{QStringLiteral("m1"),
                                 QStringLiteral("Land ten new banks"),
                                 QStringLiteral("Referrals first"),
                                 QStringLiteral("boss-1")},
                     V2momMethod{QStringLiteral("m2"), QStringLiteral("Run a pilot programme"), {}, {}}};
    sheet.obstacles = {
        V2momObstacle{QStringLiteral("o1"), QStringLiteral("Long security reviews"), QStringLiteral("m2")},
        V2momObstacle{QStringLiteral("o2"), QStringLiteral("Budget freeze"), {}}};
    V2momMeasure revenue;
    revenue.id = QStringLiteral("r1");
    revenue.name = QStringLiteral("New logos revenue");
    revenue.target = 1200000;
    revenue.unit = QStringLiteral("USD");
    revenue.dueDate = QDate(2026, 12, 31);
    revenue.binding.kind = MeasureBindingKind::ClosedWonAmount;
    revenue.methodId = QStringLiteral("m1");
    V2momMeasure workshops;
    workshops.id = QStringLiteral("r2");
    workshops.name = QStringLiteral("Customer workshops | on site");
    workshops.target = 12;
    workshops.unit = QStringLiteral("workshops");
    workshops.dueDate = QDate(2026, 9, 30);
    sheet.measures = {revenue, workshops};

    V2momMarkdown::SheetContext context;
    context.ownerName = QStringLiteral("Ann Rep");
    context.managerName = QStringLiteral("Mia Manager");
    context.today = QDate(2026, 11, 16);
    context.links.insert(
        QStringLiteral("boss-1"),
        V2momRepository::MethodRef{
            QStringLiteral("boss-1"), QStringLiteral("boss"), QStringLiteral("Win the mid-market"), false});
    MeasureProgress revenueProgress; // set by hand: the Markdown only prints what it is given
    revenueProgress.value = 300000;
    revenueProgress.completion = 0.25;
    revenueProgress.pace = Pace::Behind;
    MeasureProgress workshopProgress;
    workshopProgress.value = 4.5;
    workshopProgress.completion = 0.375;
    workshopProgress.pace = Pace::Missed;
    context.progress = {{QStringLiteral("r1"), revenueProgress}, {QStringLiteral("r2"), workshopProgress}};

    const QString expected = QStringLiteral(
        "# V2MOM FY2026 — Ann Rep\n"
        "\n"
        "_Fiscal year 1/1/26 to 12/31/26 · aligned to Mia Manager · as of 11/16/26_\n"
        "\n"
        "## Vision\n"
        "\n"
        "Be the **trusted** partner of mid-market banks.\n"
        "\n"
        "## Values\n"
        "\n"
        "1. Customer outcomes first\n"
        "2. Candour\n"
        "\n"
        "## Methods\n"
        "\n"
        "1. **Land ten new banks** — Referrals first\n"
        "   - Supports: Win the mid-market\n"
        "2. **Run a pilot programme**\n"
        "\n"
        "## Obstacles\n"
        "\n"
        "- Long security reviews _(method: Run a pilot programme)_\n"
        "- Budget freeze\n"
        "\n"
        "## Measures\n"
        "\n"
        "|Measure|Target|Value|Completion|Pace|Due|Method|Source|\n"
        "|---|---:|---:|---:|---|---|---|---|\n"
        "|New logos revenue|1,200,000 USD|300,000 USD|25 %|Behind|12/31/26|Land ten new banks|Closed-won amount "
        "(own)|\n"
        "|Customer workshops \\| on site|12 workshops|4.5 workshops|38 %|Missed|9/30/26||Entered by hand (sum of "
        "entries)|\n"
        "\n");
    QCOMPARE(V2momMarkdown::sheet(sheet, context, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
}

void TestV2momMarkdown::emptySheet()
{
    V2momSheet sheet;
    sheet.fiscalYear = FiscalYear{2026, 4};
    V2momMarkdown::SheetContext context;
    context.ownerName = QStringLiteral("New Hire");
    const QString md = V2momMarkdown::sheet(sheet, context, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(md.startsWith(QStringLiteral("# V2MOM FY2026/27 — New Hire\n\n_Fiscal year 4/1/26 to 3/31/27_\n")));
    QCOMPARE(md.count(QStringLiteral("_None yet._")), 4);
    QVERIFY(md.contains(QStringLiteral("_No vision written yet._")));
}

void TestV2momMarkdown::numbersAndCells_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("whole") << 1200000.0 << QStringLiteral("1,200,000");
    QTest::addRow("almost whole") << 59.999 << QStringLiteral("60");
    QTest::addRow("fraction") << 66.6667 << QStringLiteral("66.7");
    QTest::addRow("negative") << -2.5 << QStringLiteral("-2.5");
}

void TestV2momMarkdown::numbersAndCells()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(V2momMarkdown::formatNumber(value, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
    QCOMPARE(V2momMarkdown::cell(QStringLiteral(" a|b\nc ")), QStringLiteral("a\\|b c"));
}

QTEST_GUILESS_MAIN(TestV2momMarkdown)
#include "TestV2momMarkdown.moc"
