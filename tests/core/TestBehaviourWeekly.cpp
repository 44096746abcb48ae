// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// BehaviourQuery::weekly() counts the interactions of a window in one pass in C++; here it is
// compared with the SQL aggregate it replaced (BehaviourQuery::weeklySql), run by QSqlQuery on
// the same file. The interactions are random around the week bounds (some exactly on one),
// with objectives of spaces only, every outcome, missing ratings, cancelled and deleted rows
// and rows without an owner.
#include "ReviewFixture.h"

#include "core/analytics/BehaviourSummary.h"
#include "core/storage/BehaviourQuery.h"
#include "core/util/Timestamp.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
constexpr int kWeeks = 4;

QList<BehaviourQuery::WeekCounts> bySql(Workspace& workspace, const QList<QDateTime>& bounds, const QString& owner)
{
    QSqlQuery query(workspace.database().connection());
    if (!query.prepare(BehaviourQuery::weeklySql(kWeeks, !owner.isEmpty()))) {
        qFatal("cannot prepare the aggregate");
    }
    for (int k = 0; k <= kWeeks; ++k) {
        query.bindValue(QStringLiteral(":b%1").arg(k), Timestamp::toStorage(bounds[k]));
    }
    if (!owner.isEmpty()) {
        query.bindValue(QStringLiteral(":owner"), owner);
    }
    if (!query.exec()) {
        qFatal("cannot run the aggregate");
    }
    QList<BehaviourQuery::WeekCounts> rows;
    while (query.next()) {
        BehaviourQuery::WeekCounts row;
        row.ownerId = query.value(0).toString();
        row.week = query.value(1).toInt();
        row.interactions = query.value(2).toLongLong();
        row.withObjective = query.value(3).toLongLong();
        row.reviewed = query.value(4).toLongLong();
        row.achieved = query.value(5).toLongLong();
        row.partly = query.value(6).toLongLong();
        for (int r = 0; r < 5; ++r) {
            row.ratingSums[std::size_t(r)] = query.value(7 + 2 * r).toLongLong();
            row.ratingCounts[std::size_t(r)] = query.value(8 + 2 * r).toLongLong();
        }
        rows.append(row);
    }
    return rows;
}
} // namespace

class TestBehaviourWeekly : public QObject
{
    Q_OBJECT
private slots:
    void onePassCountsAsTheAggregate_data();
    void onePassCountsAsTheAggregate();
};

void TestBehaviourWeekly::onePassCountsAsTheAggregate_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("oneOwner");
    for (quint32 seed : {1U, 2U, 3U}) {
        QTest::addRow("seed %u, team", seed) << seed << false;
        QTest::addRow("seed %u, one rep", seed) << seed << true;
    }
}

void TestBehaviourWeekly::onePassCountsAsTheAggregate()
{
    QFETCH(quint32, seed);
    QFETCH(bool, oneOwner);
    TempWorkspace ws;
    ReviewFixture f(ws);
    const QStringList owners{f.owner(QStringLiteral("Ana")), f.owner(QStringLiteral("Ben")), QString()};
    const QList<QDateTime> bounds = BehaviourSummary::weekBounds(QDate(2026, 11, 18), kWeeks);
    QCOMPARE(bounds.size(), kWeeks + 1);
    QRandomGenerator random(seed);
    const QStringList objectives{
        QStringLiteral(""), QStringLiteral(" "), QStringLiteral("  x"), QStringLiteral("Meet the CFO")};
    const QStringList outcomes{
        QStringLiteral(""), QStringLiteral("yes"), QStringLiteral("partly"), QStringLiteral("no")};
    const QStringList states{
        QStringLiteral("planned"), QStringLiteral("done"), QStringLiteral("cancelled"), QStringLiteral("no_show")};
    QSqlQuery insert((*ws).database().connection());
    QVERIFY(insert.prepare(QStringLiteral(
        "INSERT INTO interactions (id, owner_id, scheduled_at, appointment_state, objective_best, outcome, "
        "rating_planning, rating_questioning, rating_value, rating_objections, rating_commitment, created_at, "
        "updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (int i = 0; i < 600; ++i) {
        // Around a random bound (the outer ones too): on it, or up to two days either side.
        const QDateTime bound = bounds[random.bounded(kWeeks + 1)];
        const QDateTime at = random.bounded(8) == 0 ? bound : bound.addSecs(random.bounded(-172800, 172800));
        insert.addBindValue(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        const QString owner = owners[random.bounded(3)];
        insert.addBindValue(owner.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(owner));
        insert.addBindValue(Timestamp::toStorage(at));
        insert.addBindValue(states[random.bounded(4)]);
        insert.addBindValue(objectives[random.bounded(4)]);
        insert.addBindValue(outcomes[random.bounded(4)]);
        for (int r = 0; r < 5; ++r) {
            const int rating = random.bounded(6); // 0: not rated
            insert.addBindValue(rating ? QVariant(rating) : QVariant(QMetaType::fromType<int>()));
        }
        insert.addBindValue(Timestamp::toStorage(at));
        insert.addBindValue(Timestamp::toStorage(at));
        insert.addBindValue(random.bounded(10) == 0 ? 1 : 0);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    const QString owner = oneOwner ? owners.first() : QString();
    const QList<BehaviourQuery::WeekCounts> expected = bySql(*ws, bounds, owner);
    const QList<BehaviourQuery::WeekCounts> actual = BehaviourQuery::weekly((*ws).database(), bounds, owner);
    QVERIFY(expected.size() >= (oneOwner ? kWeeks : 2 * kWeeks)); // the data reaches every week
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const BehaviourQuery::WeekCounts& a = actual.at(i);
        const BehaviourQuery::WeekCounts& e = expected.at(i);
        QCOMPARE(a.ownerId, e.ownerId);
        QCOMPARE(a.week, e.week);
        QCOMPARE(a.interactions, e.interactions);
        QCOMPARE(a.withObjective, e.withObjective);
        QCOMPARE(a.reviewed, e.reviewed);
        QCOMPARE(a.achieved, e.achieved);
        QCOMPARE(a.partly, e.partly);
        for (std::size_t r = 0; r < 5; ++r) {
            QCOMPARE(a.ratingSums[r], e.ratingSums[r]);
            QCOMPARE(a.ratingCounts[r], e.ratingCounts[r]);
        }
    }
}

QTEST_GUILESS_MAIN(TestBehaviourWeekly)
#include "TestBehaviourWeekly.moc"
