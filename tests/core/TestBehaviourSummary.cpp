// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Per-rep behaviour aggregates (DOMAIN.md §2) over 4 and 12 weeks on a small hand-counted
// fixture: week bounds, cancelled and deleted rows, missing ratings, rows without an owner.
#include "RepFixture.h"

#include "core/analytics/BehaviourSummary.h"
#include "core/storage/InteractionRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>

namespace {
const QDate kToday(2026, 11, 18); // a Wednesday; its week starts on Monday 16 November

QDateTime local(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0));
}

const RepBehaviour* find(const QList<RepBehaviour>& reps, const QString& ownerId)
{
    for (const RepBehaviour& rep : reps) {
        if (rep.ownerId == ownerId) {
            return &rep;
        }
    }
    return nullptr;
}
} // namespace

class TestBehaviourSummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void weekBounds_data();
    void weekBounds();
    void fourWeeks();
    void twelveWeeks();
    void oneOwnerOnly();
    void emptyWorkspace();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    QString m_a;
    QString m_b;
    QString m_c;
};

void TestBehaviourSummary::initTestCase()
{
    m_ws = std::make_unique<TempWorkspace>();
    Workspace& ws = **m_ws;
    m_a = RepFixture::owner(ws, QStringLiteral("Ann"));
    m_b = RepFixture::owner(ws, QStringLiteral("Ben"));
    m_c = RepFixture::owner(ws, QStringLiteral("Cid")); // no interactions at all
    InteractionRepository& repo = ws.interactions();
    const auto add = [&](const QString& owner,
                         const QDateTime& when,
                         const QString& objective,
                         InteractionOutcome outcome,
                         const SkillRatings& ratings = {},
                         AppointmentState state = AppointmentState::Done) {
        Interaction i = RepFixture::interaction(owner, when);
        i.objectiveBest = objective;
        i.outcome = outcome;
        i.ratings = ratings;
        i.appointmentState = state;
        return repo.insert(i);
    };
    const QString x = QStringLiteral("Agree to a workshop");
    // Ann, 4-week window (weeks of 26 Oct, 2 Nov, 9 Nov, 16 Nov):
    add(m_a, local(10, 25), {}, InteractionOutcome::NotReviewed); // Sunday before: only in 12 weeks
    add(m_a, local(10, 26, 0), x, InteractionOutcome::Yes, {4, 2, {}, {}, {}});
    add(m_a, local(10, 28), x, InteractionOutcome::Partly, {2, {}, {}, {}, {}});
    add(m_a, local(11, 3), {}, InteractionOutcome::No);
    add(m_a, local(11, 5), x, InteractionOutcome::Yes, {1, 1, 1, 1, 1}, AppointmentState::Cancelled);
    add(m_a, local(11, 17), x, InteractionOutcome::NotReviewed, {5, 5, 5, 5, 5}, AppointmentState::Planned);
    add(m_a, QDateTime(QDate(2026, 11, 23), QTime(0, 0)), x, InteractionOutcome::Yes); // next week
    const Interaction removed = add(m_a, local(11, 10), x, InteractionOutcome::Yes);
    repo.remove(removed.id);
    add(m_a, local(11, 11), QStringLiteral("   "), InteractionOutcome::NotReviewed); // blank objective
    // Ben: one interaction, nothing reviewed or rated.
    add(m_b, local(11, 10), {}, InteractionOutcome::NotReviewed, {}, AppointmentState::NoShow);
    // Nobody's: an interaction without an owner.
    add({}, local(11, 16), x, InteractionOutcome::No);
}

void TestBehaviourSummary::weekBounds_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("weekStart");
    QTest::addColumn<QDate>("first");
    QTest::addRow("wednesday, monday weeks") << kToday << int(Qt::Monday) << QDate(2026, 10, 26);
    QTest::addRow("monday itself") << QDate(2026, 11, 16) << int(Qt::Monday) << QDate(2026, 10, 26);
    QTest::addRow("sunday") << QDate(2026, 11, 22) << int(Qt::Monday) << QDate(2026, 10, 26);
    QTest::addRow("sunday weeks") << kToday << int(Qt::Sunday) << QDate(2026, 10, 25);
}

void TestBehaviourSummary::weekBounds()
{
    QFETCH(QDate, today);
    QFETCH(int, weekStart);
    QFETCH(QDate, first);
    const QList<QDateTime> bounds = BehaviourSummary::weekBounds(today, 4, static_cast<Qt::DayOfWeek>(weekStart));
    QCOMPARE(bounds.size(), 5);
    QCOMPARE(bounds.first(), QDateTime(first, QTime(0, 0)).toUTC());
    QCOMPARE(bounds.last(), QDateTime(first.addDays(28), QTime(0, 0)).toUTC());
}

void TestBehaviourSummary::fourWeeks()
{
    const QList<RepBehaviour> reps = BehaviourSummary::compute((*m_ws)->database(), kToday, 4);
    QCOMPARE(reps.size(), 3); // Ann, Ben and the owner-less row; Cid has nothing
    QVERIFY(!find(reps, m_c));

    const RepBehaviour* ann = find(reps, m_a);
    QVERIFY(ann);
    // 26 Oct, 28 Oct, 3 Nov, 11 Nov, 17 Nov (cancelled, deleted and out-of-window rows left out)
    QCOMPARE(ann->interactions, 5);
    QCOMPARE(ann->weekly, (QList<qint64>{2, 1, 1, 1}));
    QCOMPARE(ann->perWeek(), 1.25);
    QCOMPARE(ann->withObjective, 3); // the blank objective does not count
    QCOMPARE(*ann->objectiveShare(), 0.6);
    QCOMPARE(ann->reviewed, 3);
    QCOMPARE(ann->achieved, 1);
    QCOMPARE(ann->partly, 1);
    QCOMPARE(*ann->hitRate(), 1.0 / 3.0);
    QCOMPARE(*ann->averageRatings[0], 11.0 / 3.0); // planning 4, 2, 5
    QCOMPARE(*ann->averageRatings[1], 3.5);        // questioning 2, 5
    QCOMPARE(*ann->averageRatings[2], 5.0);
    QCOMPARE(*ann->averageRatings[4], 5.0);
    QCOMPARE(*ann->averageRating, 33.0 / 8.0); // 4 + 2 + 2 + 5 * 5 over 8 ratings

    const RepBehaviour* ben = find(reps, m_b);
    QVERIFY(ben);
    QCOMPARE(ben->interactions, 1); // a no-show counts as planned work
    QCOMPARE(ben->weekly, (QList<qint64>{0, 0, 1, 0}));
    QCOMPARE(*ben->objectiveShare(), 0.0);
    QVERIFY(!ben->hitRate());
    QVERIFY(!ben->averageRating);
    QVERIFY(!ben->averageRatings[0]);

    const RepBehaviour* nobody = find(reps, QString());
    QVERIFY(nobody);
    QCOMPARE(nobody->interactions, 1);
    QCOMPARE(*nobody->hitRate(), 0.0);
}

void TestBehaviourSummary::twelveWeeks()
{
    const QList<RepBehaviour> reps = BehaviourSummary::compute((*m_ws)->database(), kToday, 12);
    const RepBehaviour* ann = find(reps, m_a);
    QVERIFY(ann);
    QCOMPARE(ann->interactions, 6); // the Sunday 25 Oct row joins
    QCOMPARE(ann->weekly.size(), 12);
    // weeks start 31 Aug; 19 Oct is week 7
    QCOMPARE(ann->weekly, (QList<qint64>{0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 1}));
    QCOMPARE(*ann->objectiveShare(), 0.5);
    QCOMPARE(ann->perWeek(), 0.5);
}

void TestBehaviourSummary::oneOwnerOnly()
{
    const QList<RepBehaviour> reps = BehaviourSummary::compute((*m_ws)->database(), kToday, 4, m_b);
    QCOMPARE(reps.size(), 1);
    QCOMPARE(reps[0].ownerId, m_b);
    QVERIFY(BehaviourSummary::compute((*m_ws)->database(), kToday, 4, m_c).isEmpty());
}

void TestBehaviourSummary::emptyWorkspace()
{
    TempWorkspace empty;
    QVERIFY(BehaviourSummary::compute(empty->database(), kToday, 12).isEmpty());
    QVERIFY(BehaviourSummary::compute(empty->database(), kToday, 0).isEmpty());
    QVERIFY(BehaviourSummary::summarise({}, 4).isEmpty());
}

QTEST_GUILESS_MAIN(TestBehaviourSummary)
#include "TestBehaviourSummary.moc"
