// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Merge properties over seeded random edits of two copies of one workspace: merging B into A
// keeps, for every row, the version with the newest updated_at (tombstones included); a second
// merge is a no-op; merging both ways makes the copies agree.
#include "MergeFixture.h"
#include "ReviewFixture.h"

#include "core/exchange/WorkspaceMerge.h"
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"

#include <QFile>
#include <QTest>

#include <random>

namespace {
using Rows = QHash<QString, QHash<QString, MergeFixture::Row>>;

// Random edits as a rep makes them, through the services, at increasing times.
class Editor
{
public:
    Editor(TempWorkspace& ws, quint64 seed, const QDateTime& start)
        : m_ws(ws)
        , m_random(seed)
        , m_time(start)
    {}

    void run(int steps)
    {
        for (int i = 0; i < steps; ++i) {
            step();
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    void tick()
    {
        m_time = m_time.addSecs(60 + pick(3600));
        m_ws.clock().set(m_time);
    }

    QStringList liveDeals()
    {
        QStringList ids;
        for (const QString& key : MergeFixture::rows(m_ws.path()).value(QStringLiteral("deals")).keys()) {
            if (m_ws->deals().deal(key)) {
                ids << key;
            }
        }
        ids.sort();
        return ids;
    }

    void step()
    {
        tick();
        ReviewFixture f(m_ws);
        QStringList deals = liveDeals();
        const int action = deals.isEmpty() ? 0 : pick(8);
        const QString deal = deals.isEmpty() ? QString() : deals.at(pick(int(deals.size())));
        const QList<Owner> owners = m_ws->owners().owners();
        switch (action) {
        case 0:
            f.create(QStringLiteral("Deal %1").arg(pick(100000)),
                     m_time,
                     pick(6),
                     1000 * (1 + pick(500)),
                     owners.at(pick(int(owners.size()))).id);
            break;
        case 1:
            f.setAmount(deal, m_time, 1000 * (1 + pick(500)));
            break;
        case 2:
            f.move(deal, m_time, pick(8));
            break;
        case 3:
            f.remove(deal, m_time);
            m_removed << deal;
            break;
        case 4:
            if (!m_removed.isEmpty()) {
                m_ws->dealService().restore(m_removed.takeLast());
            }
            break;
        case 5:
            f.interaction(deal, m_time);
            break;
        case 6: {
            // An edit undone: its events are retracted (tombstoned).
            const QList<QString> stages = {ReviewFixture::stageId(pick(6))};
            const DealChange change = m_ws->dealService().move(deal, stages.front());
            tick();
            m_ws->dealService().revert(change);
            break;
        }
        default: {
            Owner owner = owners.at(pick(int(owners.size())));
            owner.name = QStringLiteral("Rep %1").arg(pick(1000));
            m_ws->owners().update(owner);
            break;
        }
        }
    }

    TempWorkspace& m_ws;
    std::mt19937_64 m_random;
    QDateTime m_time;
    QStringList m_removed;
};

MergeResult merge(TempWorkspace& target, const QString& source)
{
    static const MockClock importDay(ReviewFixture::utc(12, 30));
    return WorkspaceMerge::merge(target->database(), source, importDay);
}
} // namespace

class TestMergeProperties : public QObject
{
    Q_OBJECT
private slots:
    void randomEditsOnTwoCopies_data();
    void randomEditsOnTwoCopies();
};

void TestMergeProperties::randomEditsOnTwoCopies_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1ULL, 2ULL, 3ULL, 4ULL, 5ULL}) {
        QTest::addRow("seed %llu", seed) << seed;
    }
}

void TestMergeProperties::randomEditsOnTwoCopies()
{
    QFETCH(quint64, seed);
    // A common ancestor with a few reps and deals, copied twice.
    TempWorkspace base;
    {
        ReviewFixture f(base);
        base.clock().set(ReviewFixture::utc(9, 1));
        std::mt19937_64 random(seed);
        QStringList owners;
        for (int i = 0; i < 3; ++i) {
            owners << f.owner(QStringLiteral("Rep %1").arg(i));
        }
        for (int i = 0; i < 12; ++i) {
            f.create(QStringLiteral("Base %1").arg(i),
                     ReviewFixture::utc(10, 1 + i),
                     int(random() % 6),
                     qint64(1000 * (1 + random() % 100)),
                     owners.at(int(random() % 3)));
        }
    }
    const QString ancestor = base.dir() + QStringLiteral("/ancestor.dealbench");
    base->database().copyTo(ancestor);
    TempWorkspace a(ancestor);
    TempWorkspace b(ancestor);
    // Both start editing on 1 November; their edits interleave in time.
    Editor(a, seed * 1000 + 1, ReviewFixture::utc(11, 1)).run(40);
    Editor(b, seed * 1000 + 2, ReviewFixture::utc(11, 1)).run(40);

    const Rows before = MergeFixture::rows(a.path());
    const Rows theirs = MergeFixture::rows(b.path());
    const MergeResult first = merge(a, b.path());
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.rejected.isEmpty());
    const Rows after = MergeFixture::rows(a.path());

    for (const QString& table : MergeFixture::dataTables()) {
        const auto& mine = before.value(table);
        const auto& other = theirs.value(table);
        const auto& merged = after.value(table);
        for (auto it = other.cbegin(); it != other.cend(); ++it) {
            QVERIFY2(merged.contains(it.key()), qPrintable(table + u' ' + it.key()));
            const MergeFixture::Row& now = merged.value(it.key());
            // No row with a newer updated_at is ever lost, tombstones included.
            QVERIFY(now.updatedAt >= it->updatedAt);
            if (!mine.contains(it.key()) || it->updatedAt > mine.value(it.key()).updatedAt) {
                QCOMPARE(now.values, it->values);
            }
        }
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            const MergeFixture::Row& now = merged.value(it.key());
            QVERIFY(now.updatedAt >= it->updatedAt);
            if (!other.contains(it.key()) || it->updatedAt >= other.value(it.key()).updatedAt) {
                QCOMPARE(now.values, it->values);
            }
        }
        QCOMPARE(
            merged.size(),
            (QSet<QString>(mine.keyBegin(), mine.keyEnd()) | QSet<QString>(other.keyBegin(), other.keyEnd())).size());
    }

    // merge(A, B) again: nothing changes.
    const QByteArray digest = MergeFixture::digest(a.path());
    const MergeResult second = merge(a, b.path());
    QVERIFY(second.ok);
    QVERIFY(second.changedNothing());
    QVERIFY(second.conflicts.isEmpty());
    QCOMPARE(MergeFixture::digest(a.path()), digest);

    // And the other way: both copies then hold the same rows.
    QVERIFY(merge(b, a.path()).ok);
    QCOMPARE(MergeFixture::digest(b.path()), MergeFixture::digest(a.path()));
}

QTEST_GUILESS_MAIN(TestMergeProperties)
#include "TestMergeProperties.moc"
