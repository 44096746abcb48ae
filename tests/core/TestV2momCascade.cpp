// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/V2momCascade.h"
#include "core/report/V2momMarkdown.h"
#include "core/services/V2momService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>

namespace {
Owner person(const QString& id, const QString& name, const QString& managerId = {})
{
    Owner owner;
    owner.id = id;
    owner.name = name;
    owner.managerId = managerId;
    return owner;
}

V2momMethod method(const QString& id, const QString& title, const QString& parent = {})
{
    return V2momMethod{id, title, {}, parent};
}

V2momSheet sheetOf(const QString& id, const QString& ownerId, const QList<V2momMethod>& methods)
{
    V2momSheet sheet;
    sheet.id = id;
    sheet.ownerId = ownerId;
    sheet.fiscalYear = FiscalYear{2026, 1};
    sheet.methods = methods;
    return sheet;
}
} // namespace

class TestV2momCascade : public QObject
{
    Q_OBJECT

private slots:
    void alignment();
    void managerWithoutSheet();
    void rollUp();
};

void TestV2momCascade::alignment()
{
    const V2momSheet manager = sheetOf(QStringLiteral("sm"),
                                       QStringLiteral("m"),
                                       {method(QStringLiteral("m1"), QStringLiteral("Win the mid-market")),
                                        method(QStringLiteral("m2"), QStringLiteral("Grow partners")),
                                        method(QStringLiteral("m3"), QStringLiteral("Coach every week"))});
    const QList<Owner> reports{person(QStringLiteral("a"), QStringLiteral("Ann"), QStringLiteral("m")),
                               person(QStringLiteral("b"), QStringLiteral("Ben"), QStringLiteral("m")),
                               person(QStringLiteral("c"), QStringLiteral("Cal"), QStringLiteral("m"))};
    const QList<V2momSheet> sheets{
        sheetOf(QStringLiteral("sa"),
                QStringLiteral("a"),
                {method(QStringLiteral("a1"), QStringLiteral("30 bank meetings"), QStringLiteral("m1")),
                 method(QStringLiteral("a2"), QStringLiteral("Weekly call review"), QStringLiteral("m3")),
                 method(QStringLiteral("a3"), QStringLiteral("Learn Spanish"))}),
        sheetOf(QStringLiteral("sb"),
                QStringLiteral("b"),
                {method(QStringLiteral("b1"), QStringLiteral("Referral drive"), QStringLiteral("m1")),
                 method(QStringLiteral("b2"), QStringLiteral("Trade fairs"), QStringLiteral("gone")),
                 method(QStringLiteral("b3"), QStringLiteral("Old plan"), QStringLiteral("last-year")),
                 method(QStringLiteral("b4"), QStringLiteral("Unknown link"), QStringLiteral("never-seen"))})};
    QHash<QString, V2momRepository::MethodRef> targets;
    targets.insert(
        QStringLiteral("gone"),
        V2momRepository::MethodRef{QStringLiteral("gone"), QStringLiteral("sm"), QStringLiteral("Fairs"), true});
    targets.insert(QStringLiteral("last-year"),
                   V2momRepository::MethodRef{
                       QStringLiteral("last-year"), QStringLiteral("s2025"), QStringLiteral("Grow 2025"), false});

    const V2momCascade cascade = V2momCascade::build(QStringLiteral("m"), 2026, manager, reports, sheets, targets);

    QCOMPARE(cascade.methods.size(), 3);
    QCOMPARE(cascade.methods[0].priority, 1);
    QCOMPARE(cascade.methods[0].supporters.size(), 2);
    QCOMPARE(cascade.methods[0].supporters[0].method.id, QStringLiteral("a1"));
    QCOMPARE(cascade.methods[0].supporters[0].priority, 1);
    QCOMPARE(cascade.methods[0].supporters[1].method.id, QStringLiteral("b1"));
    QVERIFY(cascade.methods[1].unsupported());
    QCOMPARE(cascade.methods[2].supporters.size(), 1);
    QCOMPARE(cascade.methods[2].supporters[0].priority, 2);
    QCOMPARE(cascade.unsupportedCount(), 1);

    QCOMPARE(cascade.unlinked.size(), 4);
    QCOMPARE(cascade.unlinked[0].support.method.id, QStringLiteral("a3"));
    QCOMPARE(cascade.unlinked[0].reason, UnlinkedReason::NotLinked);
    QCOMPARE(cascade.unlinked[1].support.method.id, QStringLiteral("b2"));
    QCOMPARE(cascade.unlinked[1].reason, UnlinkedReason::LinkRemoved);
    QCOMPARE(cascade.unlinked[1].linkedTitle, QStringLiteral("Fairs"));
    QCOMPARE(cascade.unlinked[2].reason, UnlinkedReason::LinkElsewhere);
    QCOMPARE(cascade.unlinked[2].linkedTitle, QStringLiteral("Grow 2025"));
    QCOMPARE(cascade.unlinked[3].reason, UnlinkedReason::LinkRemoved); // not in this file at all
    QCOMPARE(cascade.unlinked[3].linkedTitle, QString());
    QCOMPARE(cascade.reportsWithoutSheet, QStringList{QStringLiteral("c")});

    const QHash<QString, QString> names{{QStringLiteral("m"), QStringLiteral("Mia")},
                                        {QStringLiteral("a"), QStringLiteral("Ann")},
                                        {QStringLiteral("b"), QStringLiteral("Ben")},
                                        {QStringLiteral("c"), QStringLiteral("Cal")}};
    const QString expected = QStringLiteral("# Alignment FY2026 — Mia and team\n"
                                            "\n"
                                            "## Methods of Mia and who supports them\n"
                                            "\n"
                                            "1. **Win the mid-market**\n"
                                            "   - Ann: 30 bank meetings (priority 1)\n"
                                            "   - Ben: Referral drive (priority 1)\n"
                                            "2. **Grow partners**\n"
                                            "   - ⚠ No one supports this method\n"
                                            "3. **Coach every week**\n"
                                            "   - Ann: Weekly call review (priority 2)\n"
                                            "\n"
                                            "## Methods not linked to a method of Mia\n"
                                            "\n"
                                            "- ⚠ Ann: Learn Spanish — not linked\n"
                                            "- ⚠ Ben: Trade fairs — linked method was removed (Fairs)\n"
                                            "- ⚠ Ben: Old plan — linked to a method of another sheet (Grow 2025)\n"
                                            "- ⚠ Ben: Unknown link — linked method was removed\n"
                                            "\n"
                                            "No goal sheet yet: Cal\n"
                                            "\n");
    QCOMPARE(V2momMarkdown::cascade(cascade, names, QLocale::c()), expected);
}

void TestV2momCascade::managerWithoutSheet()
{
    const QList<Owner> reports{person(QStringLiteral("a"), QStringLiteral("Ann"), QStringLiteral("m"))};
    const QList<V2momSheet> sheets{
        sheetOf(QStringLiteral("sa"),
                QStringLiteral("a"),
                {method(QStringLiteral("a1"), QStringLiteral("Prospect")),
                 method(QStringLiteral("a2"), QStringLiteral("Linked"), QStringLiteral("x"))})};
    const V2momCascade cascade = V2momCascade::build(QStringLiteral("m"), 2026, std::nullopt, reports, sheets, {});
    QVERIFY(cascade.methods.isEmpty());
    QCOMPARE(cascade.unlinked.size(), 2);
    QCOMPARE(cascade.unlinked[1].reason, UnlinkedReason::LinkRemoved);
}

void TestV2momCascade::rollUp()
{
    TempWorkspace ws;
    OwnerRepository& owners = ws->owners();
    const QString mia = owners.insert(person({}, QStringLiteral("Mia"))).id;
    const QString ann = owners.insert(person({}, QStringLiteral("Ann"), mia)).id;
    const QString ben = owners.insert(person({}, QStringLiteral("Ben"), mia)).id;
    const QString cid = owners.insert(person({}, QStringLiteral("Cid"), ann)).id; // reports to Ann
    const auto won = [&](const QString& owner, qint64 minor, int month, bool lost = false) {
        Deal deal = DealBuilder().owner(owner).amount(minor).stage(lost ? 7 : 6).build();
        deal.createdAt = QDateTime(QDate(2026, month, 1), QTime(9, 0), Qt::UTC);
        (lost ? deal.lostAt : deal.wonAt) = QDateTime(QDate(2026, month, 20), QTime(9, 0), Qt::UTC);
        if (lost) {
            deal.lostReason = LostReason::NoBudget;
        }
        ws->deals().insert(deal);
    };
    won(mia, 500000, 1);   // 5,000
    won(ann, 10000000, 2); // 100,000
    won(cid, 2000000, 3);  // 20,000, counts for Ann's team and Mia's
    won(ben, 4000000, 4);  // 40,000
    won(ben, 900000, 5, true);
    // 1,000,000 won on the last day of 2025: outside the fiscal year.
    ws->deals().insert([&] {
        Deal deal = DealBuilder().owner(ann).amount(100000000).stage(6).build();
        deal.createdAt = QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
        deal.wonAt = QDateTime(QDate(2025, 12, 31), QTime(9, 0), Qt::UTC);
        return deal;
    }());

    V2momService& service = ws->v2momService();
    const auto measure = [](MeasureBindingKind kind, double target) {
        V2momMeasure m;
        m.name = measureBindingDisplayName(kind);
        m.binding.kind = kind;
        m.binding.scope = MeasureScope::Team;
        m.target = target;
        m.unit = kind == MeasureBindingKind::WinRate ? QStringLiteral("%") : QStringLiteral("USD");
        m.dueDate = QDate(2026, 12, 31);
        return m;
    };
    V2momSheet miaSheet = service.create(mia, FiscalYear{2026, 1});
    miaSheet.measures = {
        measure(MeasureBindingKind::ClosedWonAmount, 250000),
        measure(MeasureBindingKind::WinRate, 50),
        V2momMeasure{{}, QStringLiteral("Coaching hours"), 100, {}, {}, QDate(2026, 12, 31), {}, {}, {}, {}}};
    service.save(miaSheet);
    V2momSheet annSheet = service.create(ann, FiscalYear{2026, 1});
    annSheet.measures = {measure(MeasureBindingKind::ClosedWonAmount, 150000)};
    service.save(annSheet);
    V2momSheet benSheet = service.create(ben, FiscalYear{2026, 1});
    benSheet.measures = {measure(MeasureBindingKind::ClosedWonAmount, 80000), measure(MeasureBindingKind::WinRate, 40)};
    service.save(benSheet);

    ws.clock().set(QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC));
    const MeasureEvaluator evaluator = MeasureEvaluator::of(*ws, QTimeZone::utc());
    const V2momCascade cascade = V2momCascade::load(*ws, evaluator, mia, 2026, QDate(2026, 11, 16));

    QCOMPARE(cascade.rollUps.size(), 2); // the manual measure has nothing to roll up
    const CascadeRollUp& money = cascade.rollUps[0];
    // 5,000 + 100,000 + 20,000 + 40,000 (2025's win is out of the year)
    QCOMPARE(money.teamValue.value.value_or(-1), 165000.0);
    QCOMPARE(money.reports.size(), 2);
    QCOMPARE(money.reports[0].ownerId, ann); // by name: Ann, Ben
    QCOMPARE(money.reports[0].value.value.value_or(-1), 120000.0);
    QCOMPARE(money.reports[0].target.value_or(-1), 150000.0);
    QCOMPARE(money.reports[1].value.value.value_or(-1), 40000.0);
    QCOMPARE(money.reports[1].target.value_or(-1), 80000.0);
    QCOMPARE(money.reportTargets, 230000.0);
    QCOMPARE(money.reportsWithTarget, 2);
    // 165,000 of 250,000; by Nov 16 (day 320 of 365) the calendar asks for 219,178: behind.
    QCOMPARE(*money.progress.completion, 0.66);
    QCOMPARE(money.progress.pace, Pace::Behind);

    const CascadeRollUp& rate = cascade.rollUps[1];
    // Team: 4 won, 1 lost -> 80 %. Ben alone: 1 of 2 -> 50 %. Ann's team: 2 of 2 -> 100 %.
    QCOMPARE(rate.teamValue.value.value_or(-1), 80.0);
    QCOMPARE(rate.reports[0].value.value.value_or(-1), 100.0);
    QCOMPARE(rate.reports[1].value.value.value_or(-1), 50.0);
    QCOMPARE(rate.reports[1].target.value_or(-1), 40.0);
    QCOMPARE(rate.reportTargets, 0.0); // rates are not added up
    QCOMPARE(rate.progress.pace, Pace::OnTrack);
}

QTEST_GUILESS_MAIN(TestV2momCascade)
#include "TestV2momCascade.moc"
