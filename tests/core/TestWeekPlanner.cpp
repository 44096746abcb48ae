// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rep's week: interactions per day and their flags (no objective, past without review,
// deal with no next step), and the open deals nobody has a next step for.
#include "RepFixture.h"

#include "core/analytics/WeekPlanner.h"
#include "core/storage/InteractionRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>

namespace {
QDateTime local(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0));
}
} // namespace

class TestWeekPlanner : public QObject
{
    Q_OBJECT
private slots:
    void flagsOfOneInteraction_data();
    void flagsOfOneInteraction();
    void weekOfOneRep();
    void emptyWeek();
};

void TestWeekPlanner::flagsOfOneInteraction_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("objective");
    QTest::addColumn<bool>("past");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("expected");
    const int none = 0;
    const int noObjective = int(PlanFlag::NoObjective);
    const int unreviewed = int(PlanFlag::PastWithoutReview);
    QTest::addRow("future, objective") << int(AppointmentState::Planned) << true << false << 0 << none;
    QTest::addRow("future, no objective") << int(AppointmentState::Confirmed) << false << false << 0 << noObjective;
    QTest::addRow("past, not reviewed") << int(AppointmentState::Done) << true << true << 0 << unreviewed;
    QTest::addRow("past, reviewed") << int(AppointmentState::Done) << true << true << int(InteractionOutcome::Partly)
                                    << none;
    QTest::addRow("past, both") << int(AppointmentState::Planned) << false << true << 0 << (noObjective | unreviewed);
    QTest::addRow("cancelled") << int(AppointmentState::Cancelled) << false << true << 0 << none;
    QTest::addRow("no-show") << int(AppointmentState::NoShow) << false << true << 0 << noObjective;
}

void TestWeekPlanner::flagsOfOneInteraction()
{
    QFETCH(int, state);
    QFETCH(bool, objective);
    QFETCH(bool, past);
    QFETCH(int, outcome);
    QFETCH(int, expected);
    const QDateTime now = local(18, 12);
    Interaction i = RepFixture::interaction({}, past ? now.addSecs(-60) : now.addSecs(60));
    i.appointmentState = static_cast<AppointmentState>(state);
    i.objectiveBest = objective ? QStringLiteral("Agree to a pilot") : QString();
    i.outcome = static_cast<InteractionOutcome>(outcome);
    QCOMPARE(int(WeekPlanner::flagsOf(i, now)), expected);
}

void TestWeekPlanner::weekOfOneRep()
{
    TempWorkspace ws;
    const QDateTime now = local(18, 12); // Wednesday noon
    const QString ann = RepFixture::owner(*ws, QStringLiteral("Ann"));
    const QString ben = RepFixture::owner(*ws, QStringLiteral("Ben"));
    const QString acme = RepFixture::account(*ws, QStringLiteral("Acme"));
    const Deal alpha = RepFixture::deal(*ws, QStringLiteral("Alpha"), ann, acme);
    const Deal bravo = RepFixture::deal(*ws, QStringLiteral("Bravo"), ann);              // no account
    const Deal charlie = RepFixture::deal(*ws, QStringLiteral("Charlie"), ann, acme, 6); // won
    const Deal delta = RepFixture::deal(*ws, QStringLiteral("Delta"), ann, acme);
    const Deal echo = RepFixture::deal(*ws, QStringLiteral("Echo"), ann, acme);
    const Deal zulu = RepFixture::deal(*ws, QStringLiteral("Zulu"), ann); // never met
    RepFixture::deal(*ws, QStringLiteral("Ben's deal"), ben);
    InteractionRepository& repo = ws->interactions();
    const auto add = [&](const QString& owner,
                         const QDateTime& when,
                         const QString& dealId,
                         AppointmentState state,
                         const QString& objective = {}) {
        Interaction i = RepFixture::interaction(owner, when, dealId);
        i.appointmentState = state;
        i.objectiveBest = objective;
        return i;
    };
    const Interaction i1 = repo.insert(add(ann, local(16, 10), alpha.id, AppointmentState::Done));
    Interaction i2 = add(ann, local(17, 14), bravo.id, AppointmentState::Done, QStringLiteral("Pilot"));
    i2.outcome = InteractionOutcome::Yes;
    i2.nextStepDate = QDate(2026, 11, 25);
    i2 = repo.insert(i2);
    const Interaction i3 = repo.insert(add(ann, local(18, 9), {}, AppointmentState::NoShow, QStringLiteral("Intro")));
    const Interaction i4 = repo.insert(add(ann, local(19, 10), delta.id, AppointmentState::Planned));
    const Interaction i5 = repo.insert(add(ann, local(20, 10), charlie.id, AppointmentState::Cancelled));
    const Interaction i7 = repo.insert(add(ann, local(22, 23), {}, AppointmentState::Planned, QStringLiteral("Demo")));
    repo.insert(add(ben, local(19, 10), {}, AppointmentState::Planned));                               // another rep
    repo.insert(add(ann, QDateTime(QDate(2026, 11, 23), QTime(0, 0)), {}, AppointmentState::Planned)); // next week
    Interaction earlier = add(ann, local(2, 10), echo.id, AppointmentState::Done, QStringLiteral("Scope"));
    earlier.nextStepDate = QDate(2026, 12, 1);
    repo.insert(earlier);

    const WeekPlan plan = WeekPlanner::build(ws->database(), repo, ann, QDate(2026, 11, 18), now);
    QCOMPARE(plan.weekStart, QDate(2026, 11, 16));
    const auto ids = [&plan](int day) {
        QStringList list;
        for (const PlannedInteraction& p : plan.days[static_cast<std::size_t>(day)]) {
            list << p.listing.interaction.id;
        }
        return list;
    };
    QCOMPARE(ids(0), QStringList{i1.id});
    QCOMPARE(ids(1), QStringList{i2.id});
    QCOMPARE(ids(2), QStringList{i3.id});
    QCOMPARE(ids(3), QStringList{i4.id});
    QCOMPARE(ids(4), QStringList{i5.id});
    QCOMPARE(ids(5), QStringList());
    QCOMPARE(ids(6), QStringList{i7.id});

    // Monday's visit: no objective, never reviewed, and Alpha has nothing planned next.
    QCOMPARE(int(plan.days[0][0].flags),
             int(PlanFlag::NoObjective | PlanFlag::PastWithoutReview | PlanFlag::DealWithoutNextStep));
    QCOMPARE(plan.days[0][0].listing.accountName, QString()); // the interaction row has no account
    QCOMPARE(plan.days[0][0].listing.dealName, QStringLiteral("Alpha"));
    QCOMPARE(int(plan.days[1][0].flags), 0);                          // Bravo has a next-step date
    QCOMPARE(int(plan.days[2][0].flags), 0);                          // a no-show needs no review
    QCOMPARE(int(plan.days[3][0].flags), int(PlanFlag::NoObjective)); // Delta's visit is the next step
    QCOMPARE(int(plan.days[4][0].flags), 0);                          // cancelled
    QCOMPARE(plan.count(PlanFlag::NoObjective), 2);
    QCOMPARE(plan.count(PlanFlag::PastWithoutReview), 1);
    QCOMPARE(plan.count(PlanFlag::DealWithoutNextStep), 1);

    // Open deals without a next step: Alpha (met on Monday) and Zulu (never met); Charlie is
    // won, Bravo, Delta and Echo have a next step, Ben's deal is not Ann's.
    QCOMPARE(plan.dealsWithoutNextStep.size(), 2);
    QCOMPARE(plan.dealsWithoutNextStep[0].dealId, alpha.id);
    QCOMPARE(plan.dealsWithoutNextStep[0].accountName, QStringLiteral("Acme"));
    QCOMPARE(plan.dealsWithoutNextStep[0].lastInteraction, i1.scheduledAt.toUTC());
    QCOMPARE(plan.dealsWithoutNextStep[1].dealId, zulu.id);
    QCOMPARE(plan.dealsWithoutNextStep[1].accountName, QString());
    QVERIFY(!plan.dealsWithoutNextStep[1].lastInteraction.isValid());

    // All reps: Ben's deal joins the stuck list.
    const WeekPlan all = WeekPlanner::build(ws->database(), repo, {}, QDate(2026, 11, 18), now);
    QCOMPARE(all.dealsWithoutNextStep.size(), 3);
    QCOMPARE(all.days[3].size(), 2);
}

void TestWeekPlanner::emptyWeek()
{
    TempWorkspace ws;
    const WeekPlan plan =
        WeekPlanner::build(ws->database(), ws->interactions(), {}, QDate(2026, 11, 18), local(18, 12));
    for (const auto& day : plan.days) {
        QVERIFY(day.isEmpty());
    }
    QVERIFY(plan.dealsWithoutNextStep.isEmpty());
    QCOMPARE(plan.count(PlanFlag::NoObjective), 0);
}

QTEST_GUILESS_MAIN(TestWeekPlanner)
#include "TestWeekPlanner.moc"
