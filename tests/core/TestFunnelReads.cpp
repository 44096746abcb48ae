// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reads the funnel table makes for some of its deals only (the last interaction of the deals
// that may be stalled, the close-date slips of the table's deals), and the rows they end up in.
// Every expected value is worked out by hand from the history written here.
#include "ReviewFixture.h"

#include "core/analytics/FunnelAnalysis.h"
#include "core/analytics/ReportPeriod.h"
#include "core/storage/DealHistoryQuery.h"

#include <QHash>
#include <QTest>

#include <algorithm>

namespace {
// Stages of the default pipeline by index: 0 Lead (rots after 14 days), 1 Qualified (21),
// 2 Needs confirmed (21), 3 Solution / POC (30), 4 Proposal (21), 5 Negotiation (14), 6 Won, 7 Lost.
const QTimeZone kUtc = QTimeZone::utc();
const QDateTime kNow = ReviewFixture::reviewNow();
const ReportPeriod kWeek = ReviewFixture::reviewWeek();

const AttentionItem* attentionOf(const FunnelReport& report, const QString& dealId)
{
    for (const AttentionItem& item : report.attention) {
        if (item.dealId == dealId) {
            return &item;
        }
    }
    return nullptr;
}
} // namespace

class TestFunnelReads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void lastInteractionsOfTheDealsAskedAbout();
    void slipsOfTheDealsAskedAbout();
    void rows_data();
    void rows();
    void slippedInThePeriodNeedsAttention();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    QHash<QString, QString> m_deals; // scenario -> deal id
    FunnelReport m_report;
};

void TestFunnelReads::initTestCase()
{
    m_ws = std::make_unique<TempWorkspace>();
    ReviewFixture f(*m_ws);
    const QString ana = f.owner(QStringLiteral("Ana"));
    const QDateTime oct1 = ReviewFixture::utc(10, 1);
    auto deal = [&](const char* name, const QDateTime& at, int stage) {
        const QString id = f.create(QString::fromLatin1(name), at, stage, 100000, ana);
        m_deals.insert(QString::fromLatin1(name), id);
        return id;
    };

    // Every event before the week: a close date pushed on 10 October (a slip outside the week);
    // its last interaction (5 November, 17 days before now) keeps it from rotting in Needs
    // confirmed (21 days). A cancelled call in the week and a visit planned after now do not count.
    QString id = deal("only events before", oct1, 2);
    f.setCloseDate(id, ReviewFixture::utc(10, 10), QDate(2026, 12, 31));
    f.interaction(id, ReviewFixture::utc(11, 5));
    f.interaction(id, ReviewFixture::utc(11, 20), AppointmentState::Cancelled);
    f.interaction(id, ReviewFixture::utc(11, 25), AppointmentState::Planned);
    // Lost on 1 October, reopened into Solution / POC on 18 November.
    id = deal("reopened after lost", ReviewFixture::utc(9, 1), 2);
    f.move(id, oct1, 7);
    f.move(id, ReviewFixture::utc(11, 18), 3);
    // In the week the close date is pushed (15 Dec -> 20 Jan) and pulled back (-> 10 Jan): one
    // slip, and later than at the start. No interaction: stalled in Qualified (21 days).
    id = deal("slip inside", oct1, 1);
    f.setCloseDate(id, ReviewFixture::utc(11, 18), QDate(2027, 1, 20));
    f.setCloseDate(id, ReviewFixture::utc(11, 19), QDate(2027, 1, 10));
    // Pushed on 5 October and again in the week: two slips.
    id = deal("slips before and inside", oct1, 4);
    f.setCloseDate(id, ReviewFixture::utc(10, 5), QDate(2026, 12, 20));
    f.setCloseDate(id, ReviewFixture::utc(11, 17), QDate(2026, 12, 28));
    f.interaction(id, ReviewFixture::utc(11, 16));
    // Lead rots after 14 days: its last interaction, 1 November, is 21 days before now.
    id = deal("old interaction", oct1, 0);
    f.interaction(id, ReviewFixture::utc(11, 1));
    // Entered Lead 5 days before now: cannot be stalled, whatever its interactions.
    id = deal("young", ReviewFixture::utc(11, 17, 18), 0);
    f.interaction(id, ReviewFixture::utc(11, 18));
    // Won before the week, with a slip and an interaction: in no row.
    id = deal("won before", ReviewFixture::utc(9, 1), 5);
    f.setCloseDate(id, ReviewFixture::utc(9, 10), QDate(2026, 12, 30));
    f.interaction(id, ReviewFixture::utc(11, 10));
    f.move(id, oct1, 6);

    FunnelOptions options;
    options.period = kWeek;
    options.now = kNow;
    options.zone = kUtc;
    options.bigDealMinor = qint64(1) << 40; // no deal here is big: the champion rule is tested elsewhere
    m_report = FunnelAnalysis::run((*m_ws)->database(), options);
}

void TestFunnelReads::cleanupTestCase()
{
    m_ws.reset();
}

void TestFunnelReads::lastInteractionsOfTheDealsAskedAbout()
{
    const QString quiet = m_deals.value(QStringLiteral("only events before"));
    const QString old = m_deals.value(QStringLiteral("old interaction"));
    const QString slip = m_deals.value(QStringLiteral("slip inside"));
    // Over the 31 days up to now, for three deals ("won before" has one on 10 November, but it
    // is not asked about; "slip inside" has none).
    const QHash<QString, QDateTime> last = DealHistoryQuery::lastInteractions(
        (*m_ws)->database(), ReviewFixture::utc(10, 22, 18), kNow, {quiet, old, slip});
    QCOMPARE(last.size(), 2);
    QCOMPARE(last.value(quiet), ReviewFixture::utc(11, 5));
    QCOMPARE(last.value(old), ReviewFixture::utc(11, 1));
    QVERIFY(!last.contains(slip));
    // From 3 November on, the 1 November visit is out of range.
    const QHash<QString, QDateTime> later =
        DealHistoryQuery::lastInteractions((*m_ws)->database(), ReviewFixture::utc(11, 3), kNow, {quiet, old});
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.value(quiet), ReviewFixture::utc(11, 5));
    QVERIFY(DealHistoryQuery::lastInteractions((*m_ws)->database(), ReviewFixture::utc(10, 1), kNow, {}).isEmpty());
}

void TestFunnelReads::slipsOfTheDealsAskedAbout()
{
    QStringList asked;
    for (const char* name : {"only events before", "reopened after lost", "slip inside", "slips before and inside"}) {
        asked.append(m_deals.value(QString::fromLatin1(name)));
    }
    // In the order asked. "reopened after lost" never slipped; "won before" slipped but is not
    // asked about.
    const QList<int> slips = DealHistoryQuery::closeDateSlipCounts((*m_ws)->database(), asked);
    QCOMPARE(slips.size(), 4);
    QCOMPARE(int(std::count_if(slips.cbegin(), slips.cend(), [](int n) { return n > 0; })), 3);
    QCOMPARE(slips.at(0), 1); // only events before
    QCOMPARE(slips.at(1), 0); // reopened after lost
    QCOMPARE(slips.at(2), 1); // slip inside
    QCOMPARE(slips.at(3), 2); // slips before and inside
}

void TestFunnelReads::rows_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<FlowState>("state");
    QTest::addColumn<bool>("stalled");
    QTest::addColumn<bool>("reopened");
    QTest::addColumn<int>("slips");
    QTest::addColumn<int>("daysInStage");

    auto row = [](const char* name, FlowState state, bool stalled, bool reopened, int slips, int days) {
        QTest::addRow("%s", name) << QString::fromLatin1(name) << state << stalled << reopened << slips << days;
    };
    // Days in stage: from the stage entry (12:00 UTC) to Sunday 18:00, whole days.
    row("only events before", FlowState::Steady, false, false, 1, 52);
    row("reopened after lost", FlowState::New, false, true, 0, 4);
    row("slip inside", FlowState::Stalled, true, false, 1, 52);
    row("slips before and inside", FlowState::Steady, false, false, 2, 52);
    row("old interaction", FlowState::Stalled, true, false, 0, 52);
    row("young", FlowState::New, false, false, 0, 5);
}

void TestFunnelReads::rows()
{
    QFETCH(QString, scenario);
    QFETCH(FlowState, state);
    QFETCH(bool, stalled);
    QFETCH(bool, reopened);
    QFETCH(int, slips);
    QFETCH(int, daysInStage);

    const FunnelRow* row = ReviewFixture::funnelRow(m_report, m_deals.value(scenario));
    QVERIFY(row);
    QCOMPARE(flowStateKey(row->flowState), flowStateKey(state));
    QCOMPARE(row->stalled, stalled);
    QCOMPARE(row->reopened, reopened);
    QCOMPARE(row->slipCount, slips);
    QCOMPARE(row->daysInStage, daysInStage);
}

void TestFunnelReads::slippedInThePeriodNeedsAttention()
{
    // Six rows: "won before" closed before the week.
    QCOMPARE(m_report.rows.size(), 6);
    QVERIFY(!ReviewFixture::funnelRow(m_report, m_deals.value(QStringLiteral("won before"))));
    // Slipped in the week: the close date at the end is later than at the start.
    const AttentionItem* inside = attentionOf(m_report, m_deals.value(QStringLiteral("slip inside")));
    QVERIFY(inside);
    QCOMPARE(inside->reasons, (QList<AttentionReason>{AttentionReason::Stalled, AttentionReason::SlippedCloseDate}));
    const AttentionItem* both = attentionOf(m_report, m_deals.value(QStringLiteral("slips before and inside")));
    QVERIFY(both);
    QCOMPARE(both->reasons, QList<AttentionReason>{AttentionReason::SlippedCloseDate});
    // A slip before the week alone is no reason, nor is a stalled deal's age without a slip.
    QVERIFY(!attentionOf(m_report, m_deals.value(QStringLiteral("only events before"))));
    const AttentionItem* old = attentionOf(m_report, m_deals.value(QStringLiteral("old interaction")));
    QVERIFY(old);
    QCOMPARE(old->reasons, QList<AttentionReason>{AttentionReason::Stalled});
    QVERIFY(!attentionOf(m_report, m_deals.value(QStringLiteral("reopened after lost"))));
    QVERIFY(!attentionOf(m_report, m_deals.value(QStringLiteral("young"))));
}

QTEST_GUILESS_MAIN(TestFunnelReads)
#include "TestFunnelReads.moc"
