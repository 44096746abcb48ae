// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The warnings of a strategy sheet (DOMAIN.md §3), one hand-made buying centre per row.
#include "RepFixture.h"

#include "core/analytics/StrategyWarnings.h"
#include "core/storage/StrategySheetRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>

namespace {
const QDate kToday(2026, 11, 16);

QString code(StrategyWarning warning)
{
    switch (warning) {
    case StrategyWarning::NoEconomicBuyer:
        return QStringLiteral("noEB");
    case StrategyWarning::EconomicBuyerNotMet:
        return QStringLiteral("ebNotMet");
    case StrategyWarning::NoChampion:
        return QStringLiteral("noChampion");
    case StrategyWarning::ChampionBelowMiddle:
        return QStringLiteral("championLow");
    case StrategyWarning::HighInfluenceOpponent:
        return QStringLiteral("opponent");
    case StrategyWarning::SingleThreaded:
        return QStringLiteral("single");
    case StrategyWarning::QualificationDrop:
        return QStringLiteral("drop");
    case StrategyWarning::CloseSoonLowProgress:
        return QStringLiteral("closeSoon");
    }
    return {};
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

// "role/influence/attitude/level/contacted", e.g. "eb/high/neutral/exec/yes"; "-" = unset.
Stakeholder person(const QString& spec)
{
    const QStringList f = spec.split(u'/');
    Stakeholder p;
    p.name = spec;
    const QString role = f[0];
    p.role = role == QLatin1String("eb")         ? StakeholderRole::EconomicBuyer
             : role == QLatin1String("champion") ? StakeholderRole::Champion
             : role == QLatin1String("user")     ? StakeholderRole::User
             : role == QLatin1String("tech")     ? StakeholderRole::TechnicalEvaluator
                                                 : StakeholderRole::None;
    p.influence = degreeFromKey(f[1] == QLatin1String("-") ? QString() : f[1]);
    p.attitude = attitudeFromKey(f[2] == QLatin1String("-") ? QString() : f[2]);
    const QString level = f[3];
    p.orgLevel = level == QLatin1String("exec")     ? OrgLevel::Executive
                 : level == QLatin1String("senior") ? OrgLevel::Senior
                 : level == QLatin1String("middle") ? OrgLevel::Middle
                 : level == QLatin1String("staff")  ? OrgLevel::Staff
                                                    : OrgLevel::Unknown;
    p.contacted = f[4] == QLatin1String("yes");
    return p;
}
} // namespace

class TestStrategyWarnings : public QObject
{
    Q_OBJECT
private slots:
    void buyingCentre_data();
    void buyingCentre();
    void qualificationAndDates_data();
    void qualificationAndDates();
    void cardInfoForBoardDeals();
};

void TestStrategyWarnings::buyingCentre_data()
{
    QTest::addColumn<QStringList>("people");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("no stakeholders at all") << QStringList() << words("noEB noChampion");
    QTest::addRow("healthy") << words(
                                    "eb/high/neutral/exec/yes -/medium/champion/senior/yes user/low/supporter/staff/no")
                             << QStringList();
    QTest::addRow("economic buyer never met")
        << words("eb/high/neutral/exec/no -/medium/champion/middle/yes") << words("ebNotMet");
    QTest::addRow("one of two economic buyers met")
        << words("eb/high/neutral/exec/no eb/high/neutral/senior/yes -/-/champion/middle/yes") << QStringList();
    QTest::addRow("champion is staff") << words("eb/high/neutral/exec/yes -/low/champion/staff/yes")
                                       << words("championLow");
    QTest::addRow("one champion middle, one staff")
        << words("eb/high/neutral/exec/yes -/low/champion/staff/yes -/low/champion/middle/yes") << QStringList();
    QTest::addRow("champion of unknown level gives no level evidence")
        << words("eb/high/neutral/exec/yes -/low/champion/-/yes") << words("single");
    QTest::addRow("coach-champion by role counts")
        << words("eb/high/neutral/exec/yes champion/low/supporter/middle/yes") << QStringList();
    QTest::addRow("high-influence opponent")
        << words("eb/high/neutral/exec/yes -/low/champion/middle/yes tech/high/opponent/middle/no")
        << words("opponent");
    QTest::addRow("medium-influence opponent is no warning")
        << words("eb/high/neutral/exec/yes -/low/champion/middle/yes tech/medium/opponent/middle/no") << QStringList();
    QTest::addRow("all on one level") << words("eb/high/neutral/middle/yes -/low/champion/middle/yes")
                                      << words("single");
    QTest::addRow("one person with unknown level") << words("-/-/-/-/no") << words("noEB noChampion");
    QTest::addRow("every rule at once") << words("user/high/opponent/staff/no -/-/supporter/staff/no")
                                        << words("noEB noChampion opponent single");
}

void TestStrategyWarnings::buyingCentre()
{
    QFETCH(QStringList, people);
    QFETCH(QStringList, expected);
    StrategySheet sheet;
    for (const QString& spec : people) {
        sheet.stakeholders << person(spec);
    }
    QStringList actual;
    for (StrategyWarning warning : StrategyWarnings::evaluate(sheet, {}, true, kToday)) {
        actual << code(warning);
    }
    QCOMPARE(actual, expected);
}

void TestStrategyWarnings::qualificationAndDates_data()
{
    QTest::addColumn<int>("drops");
    QTest::addColumn<int>("milestones");
    QTest::addColumn<QDate>("closeDate");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QStringList>("expected");
    const QDate in30 = kToday.addDays(30);
    QTest::addRow("two drops") << 2 << 5 << QDate() << true << QStringList();
    QTest::addRow("three drops") << 3 << 5 << QDate() << true << words("drop");
    QTest::addRow("five drops") << 5 << 5 << QDate() << true << words("drop");
    QTest::addRow("close in 30 days, 2 milestones") << 0 << 2 << in30 << true << words("closeSoon");
    QTest::addRow("close in 31 days, 2 milestones") << 0 << 2 << in30.addDays(1) << true << QStringList();
    QTest::addRow("close in 30 days, 3 milestones") << 0 << 3 << in30 << true << QStringList();
    QTest::addRow("close date passed, 0 milestones") << 0 << 0 << kToday.addDays(-5) << true << words("closeSoon");
    QTest::addRow("closed deal") << 0 << 0 << kToday.addDays(3) << false << QStringList();
    QTest::addRow("no close date") << 0 << 0 << QDate() << true << QStringList();
    QTest::addRow("both") << 4 << 1 << kToday << true << words("drop closeSoon");
}

void TestStrategyWarnings::qualificationAndDates()
{
    QFETCH(int, drops);
    QFETCH(int, milestones);
    QFETCH(QDate, closeDate);
    QFETCH(bool, open);
    QFETCH(QStringList, expected);
    StrategySheet sheet;
    sheet.stakeholders = {person(QStringLiteral("eb/high/neutral/exec/yes")),
                          person(QStringLiteral("-/low/champion/middle/yes"))};
    for (int i = 0; i < drops; ++i) {
        sheet.qualification[i] = QualificationAnswer::Drop;
    }
    for (int i = 0; i < milestones; ++i) {
        sheet.milestones[i].done = QDate(2026, 10, 1);
    }
    QStringList actual;
    for (StrategyWarning warning : StrategyWarnings::evaluate(sheet, closeDate, open, kToday)) {
        actual << code(warning);
    }
    QCOMPARE(actual, expected);
}

void TestStrategyWarnings::cardInfoForBoardDeals()
{
    TempWorkspace ws;
    const QString rep = RepFixture::owner(*ws, QStringLiteral("Raj"));
    // A deal without an account, with a sheet closing soon; a deal with no sheet at all.
    const Deal withSheet = RepFixture::deal(*ws, QStringLiteral("A"), rep, {}, 2, kToday.addDays(10));
    const Deal without = RepFixture::deal(*ws, QStringLiteral("B"), rep);
    StrategySheet sheet;
    sheet.dealId = withSheet.id;
    sheet.milestones[0].done = QDate(2026, 10, 1);
    ws->strategySheets().save(sheet);

    const QHash<QString, StrategyWarnings::CardInfo> info =
        StrategyWarnings::forDeals(ws->strategySheets(), {withSheet, without}, kToday);
    QCOMPARE(info.size(), 1);
    QVERIFY(!info.contains(without.id));
    QCOMPARE(info[withSheet.id].milestonesDone, 1);
    QStringList codes;
    for (StrategyWarning warning : info[withSheet.id].warnings) {
        codes << code(warning);
    }
    QCOMPARE(codes, words("noEB noChampion closeSoon"));
    QVERIFY(StrategyWarnings::forDeals(ws->strategySheets(), {}, kToday).isEmpty());
}

QTEST_GUILESS_MAIN(TestStrategyWarnings)
#include "TestStrategyWarnings.moc"
