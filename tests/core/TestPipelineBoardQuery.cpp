// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineBoardQuery.h"
#include "core/storage/PipelineRepository.h"
#include "core/util/Ids.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/QueryRows.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

namespace {
// Stage indexes of the default pipeline (DefaultPipeline::stageIds()).
constexpr int kLead = 0;
constexpr int kQualified = 1;
constexpr int kProposal = 4;
constexpr int kNegotiation = 5;
constexpr int kWon = 6;

QString stageId(int index)
{
    return DefaultPipeline::stageIds().at(index);
}

// Rows of an independent query, one string per row, for comparisons with the code's output.
} // namespace

class TestPipelineBoardQuery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cardsMatchIndependentQuery_data();
    void cardsMatchIndependentQuery();
    void keysetPagesCoverEveryCardOnce();
    void keysetPagesInEveryOrder_data();
    void keysetPagesInEveryOrder();
    void precedesAgreesWithQueryOrder_data();
    void precedesAgreesWithQueryOrder();
    void totalsConvertWithLatestRateAndReportUnconvertible();
    void totalsEqualIndependentSum();
    void filtersGiveExpectedIds_data();
    void filtersGiveExpectedIds();
    void stalledRule_data();
    void stalledRule();
    void nextAndLastInteraction();
    void milestoneProgressFromStrategySheet();
    void cardsOfSkipsDealsOutsideTheFilter();

private:
    QString addOwner(const QString& name);
    QString addAccount(const QString& name);
    Deal addDeal(const QString& name,
                 int stage,
                 qint64 minor,
                 const QString& currency,
                 const QDate& close,
                 const QString& ownerId = {},
                 const QString& accountId = {},
                 double enteredDaysAgo = 1);
    void addInteraction(const QString& dealId, double daysFromNow, AppointmentState state);
    QStringList names(const QList<DealCard>& cards) const;
    QList<DealCard> allCards(int stage, const BoardFilter& filter, int pageSize = 200) const;
    Pipeline pipeline() const;

    std::unique_ptr<TempWorkspace> m_ws;
};

void TestPipelineBoardQuery::init()
{
    m_ws = std::make_unique<TempWorkspace>();
}

void TestPipelineBoardQuery::cleanup()
{
    m_ws.reset();
}

QString TestPipelineBoardQuery::addOwner(const QString& name)
{
    Owner owner;
    owner.name = name;
    return (*m_ws)->owners().insert(owner).id;
}

QString TestPipelineBoardQuery::addAccount(const QString& name)
{
    Account account;
    account.name = name;
    return (*m_ws)->accounts().insert(account).id;
}

Deal TestPipelineBoardQuery::addDeal(const QString& name,
                                     int stage,
                                     qint64 minor,
                                     const QString& currency,
                                     const QDate& close,
                                     const QString& ownerId,
                                     const QString& accountId,
                                     double enteredDaysAgo)
{
    Deal deal = DealBuilder().name(name).stage(stage).amount(minor, currency).closeDate(close).build();
    deal.ownerId = ownerId;
    deal.accountId = accountId;
    deal.stageEnteredAt = m_ws->clock().nowUtc().addSecs(-static_cast<qint64>(enteredDaysAgo * 86400));
    if (stage == kWon) {
        deal.wonAt = deal.stageEnteredAt;
    }
    return (*m_ws)->dealService().create(deal);
}

void TestPipelineBoardQuery::addInteraction(const QString& dealId, double daysFromNow, AppointmentState state)
{
    Interaction interaction;
    interaction.dealId = dealId;
    interaction.scheduledAt = m_ws->clock().nowUtc().addSecs(static_cast<qint64>(daysFromNow * 86400));
    interaction.appointmentState = state;
    (*m_ws)->interactions().insert(interaction);
}

QStringList TestPipelineBoardQuery::names(const QList<DealCard>& cards) const
{
    QStringList result;
    for (const DealCard& card : cards) {
        result.append(card.name);
    }
    return result;
}

Pipeline TestPipelineBoardQuery::pipeline() const
{
    return *(*m_ws)->pipelines().pipeline(QString::fromLatin1(DefaultPipeline::pipelineId));
}

QList<DealCard> TestPipelineBoardQuery::allCards(int stage, const BoardFilter& filter, int pageSize) const
{
    PipelineBoardQuery query((*m_ws)->database(), m_ws->clock());
    QList<DealCard> result;
    for (;;) {
        const QList<DealCard> page =
            query.cards(pipeline(), stageId(stage), filter, result.isEmpty() ? nullptr : &result.last(), pageSize);
        result.append(page);
        if (page.size() < pageSize) {
            return result;
        }
    }
}

void TestPipelineBoardQuery::cardsMatchIndependentQuery_data()
{
    QTest::addColumn<BoardSort>("sort");
    QTest::addColumn<QString>("orderBy");
    QTest::addRow("close date") << BoardSort::CloseDate
                                << QStringLiteral("d.expected_close_date IS NULL, d.expected_close_date, d.id");
    // EUR at the 1.10 rate the test inserts; GBP has no rate: last, in id order, since its
    // amounts cannot be ranked against the converted ones.
    QTest::addRow("amount") << BoardSort::Amount
                            << QStringLiteral("d.currency = 'GBP', CASE d.currency WHEN 'EUR' THEN d.amount_minor * "
                                              "1.10 WHEN 'GBP' THEN 0 ELSE d.amount_minor END DESC, d.id");
    QTest::addRow("age") << BoardSort::Age << QStringLiteral("d.stage_entered_at, d.id");
}

void TestPipelineBoardQuery::cardsMatchIndependentQuery()
{
    QFETCH(BoardSort, sort);
    QFETCH(QString, orderBy);
    (*m_ws)->exchangeRates().insert({QString(), QStringLiteral("EUR"), 1.10, QDate(2026, 1, 1)});
    const QString anna = addOwner(QStringLiteral("Anna Berg"));
    const QString acme = addAccount(QStringLiteral("Acme AG"));
    for (int i = 0; i < 12; ++i) {
        const QString currency =
            i % 4 == 1 ? QStringLiteral("EUR") : (i % 4 == 2 ? QStringLiteral("GBP") : QStringLiteral("USD"));
        const QDate close = i % 5 == 0 ? QDate() : QDate(2026, 12, 1 + (i * 7) % 28);
        addDeal(QStringLiteral("Deal %1").arg(i),
                kQualified,
                1000 * ((i * 37) % 11 + 1),
                currency,
                close,
                i % 2 ? anna : QString(),
                i % 3 ? acme : QString(),
                1 + (i * 13) % 9);
    }
    addDeal(QStringLiteral("Elsewhere"), kProposal, 5, QStringLiteral("USD"), QDate(2026, 12, 1));

    BoardFilter filter;
    filter.sort = sort;
    const QList<DealCard> cards = allCards(kQualified, filter, 5);
    QStringList actual;
    for (const DealCard& card : cards) {
        actual.append(
            QStringList{card.id,
                        card.name,
                        card.accountName.isEmpty() ? QStringLiteral("<null>") : card.accountName,
                        card.ownerName.isEmpty() ? QStringLiteral("<null>") : card.ownerName,
                        QString::number(card.amount.minor),
                        card.amount.currency,
                        card.closeDate.isValid() ? card.closeDate.toString(Qt::ISODate) : QStringLiteral("<null>")}
                .join(u'|'));
    }
    const QStringList expected = queryRows(
        **m_ws,
        QStringLiteral("SELECT d.id, d.name, a.name, o.name, d.amount_minor, d.currency, d.expected_close_date "
                       "FROM deals d LEFT JOIN accounts a ON a.id = d.account_id "
                       "LEFT JOIN owners o ON o.id = d.owner_id WHERE d.deleted = 0 AND d.stage_id = ? "
                       "ORDER BY ") +
            orderBy,
        {stageId(kQualified)});
    QCOMPARE(actual, expected);
}

void TestPipelineBoardQuery::keysetPagesCoverEveryCardOnce()
{
    // Equal close dates and missing ones: the id breaks every tie, so no card repeats or
    // goes missing at a page boundary.
    for (int i = 0; i < 23; ++i) {
        addDeal(QStringLiteral("D%1").arg(i), kLead, 100, QStringLiteral("USD"), i % 3 ? QDate(2026, 12, 1) : QDate());
    }
    for (int pageSize : {1, 2, 4, 7, 23, 50}) {
        QList<DealCard> cards = allCards(kLead, {}, pageSize);
        QCOMPARE(cards.size(), 23);
        QSet<QString> ids;
        for (const DealCard& card : cards) {
            ids.insert(card.id);
        }
        QCOMPARE(ids.size(), 23);
    }
}

void TestPipelineBoardQuery::keysetPagesInEveryOrder_data()
{
    QTest::addColumn<BoardSort>("sort");
    QTest::addRow("close date") << BoardSort::CloseDate;
    QTest::addRow("amount") << BoardSort::Amount;
    QTest::addRow("age") << BoardSort::Age;
}

void TestPipelineBoardQuery::keysetPagesInEveryOrder()
{
    // Ties in every key, a converted currency and one without a rate (the amount order walks
    // each currency on its own and merges): small pages give what one page gives.
    QFETCH(BoardSort, sort);
    (*m_ws)->exchangeRates().insert({QString(), QStringLiteral("EUR"), 1.10, QDate(2026, 1, 1)});
    const QStringList currencies = {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP")};
    for (int i = 0; i < 31; ++i) {
        addDeal(QStringLiteral("D%1").arg(i),
                kLead,
                i % 4 == 0 ? 1100 : 1000 * (i % 3),
                currencies.at(i % 3),
                i % 5 ? QDate(2026, 12, 1 + i % 2) : QDate(),
                {},
                {},
                1 + i % 2);
    }
    BoardFilter filter;
    filter.sort = sort;
    const QList<DealCard> whole = allCards(kLead, filter, 200);
    QCOMPARE(whole.size(), 31);
    for (int pageSize : {1, 2, 5, 30}) {
        QCOMPARE(allCards(kLead, filter, pageSize), whole);
    }
}

void TestPipelineBoardQuery::precedesAgreesWithQueryOrder_data()
{
    QTest::addColumn<BoardSort>("sort");
    QTest::addRow("close date") << BoardSort::CloseDate;
    QTest::addRow("amount") << BoardSort::Amount;
    QTest::addRow("age") << BoardSort::Age;
}

void TestPipelineBoardQuery::precedesAgreesWithQueryOrder()
{
    QFETCH(BoardSort, sort);
    for (int i = 0; i < 15; ++i) {
        addDeal(QStringLiteral("D%1").arg(i),
                kLead,
                100 * (i % 4),
                i % 5 ? QStringLiteral("USD") : QStringLiteral("CHF"),
                i % 3 ? QDate(2026, 12, 1 + i % 2) : QDate(),
                {},
                {},
                1 + i % 3);
    }
    BoardFilter filter;
    filter.sort = sort;
    const QList<DealCard> cards = allCards(kLead, filter);
    QCOMPARE(cards.size(), 15);
    for (int i = 0; i + 1 < cards.size(); ++i) {
        QVERIFY2(PipelineBoardQuery::precedes(cards[i], cards[i + 1], sort), qPrintable(cards[i].name));
        QVERIFY(!PipelineBoardQuery::precedes(cards[i + 1], cards[i], sort));
    }
}

void TestPipelineBoardQuery::totalsConvertWithLatestRateAndReportUnconvertible()
{
    ExchangeRateRepository& rates = (*m_ws)->exchangeRates();
    rates.insert({QString(), QStringLiteral("EUR"), 1.05, QDate(2026, 1, 1)});
    rates.insert({QString(), QStringLiteral("EUR"), 1.10, QDate(2026, 11, 1)}); // latest on or before today
    rates.insert({QString(), QStringLiteral("EUR"), 1.20, QDate(2026, 12, 1)}); // not valid yet
    const ExchangeRate gbp = rates.insert({QString(), QStringLiteral("GBP"), 1.30, QDate(2026, 1, 1)});
    rates.remove(gbp.id);                                                        // a deleted rate is no rate
    rates.insert({QString(), QStringLiteral("JPY"), 0.0065, QDate(2026, 1, 1)}); // JPY has no minor unit

    addDeal(QStringLiteral("a"), kProposal, 100000, QStringLiteral("USD"), {}); // 1000.00 USD
    addDeal(QStringLiteral("b"), kProposal, 25050, QStringLiteral("USD"), {});  //  250.50 USD
    addDeal(QStringLiteral("c"), kProposal, 10000, QStringLiteral("EUR"), {});  //  100.00 EUR = 110.00 USD
    addDeal(QStringLiteral("d"), kProposal, 20000, QStringLiteral("JPY"), {});  //  20000 JPY = 130.00 USD
    addDeal(QStringLiteral("e"), kProposal, 7000, QStringLiteral("GBP"), {});   // no rate
    addDeal(QStringLiteral("f"), kProposal, 5000, QStringLiteral("CHF"), {});   // no rate
    const Deal removed = addDeal(QStringLiteral("g"), kProposal, 999999, QStringLiteral("USD"), {});
    (*m_ws)->dealService().remove(removed.id);

    PipelineBoardQuery query((*m_ws)->database(), m_ws->clock());
    const StageTotals totals = query.totals(pipeline(), {}).value(stageId(kProposal));
    StageTotals expected;
    expected.count = 6;
    expected.totalMinor = 100000 + 25050 + 11000 + 13000; // 1490.50 USD
    expected.weightedMinor = 104335;                      // 70 % of 149050
    expected.unconvertibleCount = 2;
    expected.unconvertibleCurrencies = {QStringLiteral("CHF"), QStringLiteral("GBP")};
    QCOMPARE(totals, expected);
    QCOMPARE(query.baseCurrency(), QStringLiteral("USD"));
}

void TestPipelineBoardQuery::totalsEqualIndependentSum()
{
    (*m_ws)->exchangeRates().insert({QString(), QStringLiteral("EUR"), 1.25, QDate(2026, 6, 1)});
    for (int i = 0; i < 40; ++i) {
        const int stage = i % 7; // open stages and Won
        addDeal(QStringLiteral("D%1").arg(i),
                stage,
                1000 + 137 * i,
                i % 3 ? QStringLiteral("USD") : QStringLiteral("EUR"),
                QDate(2026, 12, 1));
    }
    PipelineBoardQuery query((*m_ws)->database(), m_ws->clock());
    const QHash<QString, StageTotals> totals = query.totals(pipeline(), {});
    // The test's own sum: convert each deal, then add, then weight by the stage.
    const QStringList expected = queryRows(
        **m_ws,
        QStringLiteral("SELECT d.stage_id, count(*), CAST(round(sum(d.amount_minor * CASE d.currency WHEN 'EUR' "
                       "THEN 1.25 ELSE 1 END)) AS INTEGER), CAST(round(sum(d.amount_minor * CASE d.currency WHEN 'EUR' "
                       "THEN 1.25 ELSE 1 END) * s.probability / 100.0) AS INTEGER) FROM deals d JOIN stages s ON s.id "
                       "= d.stage_id WHERE d.deleted = 0 "
                       "GROUP BY d.stage_id ORDER BY d.stage_id"));
    QStringList actual;
    QStringList stageIds = totals.keys();
    stageIds.sort();
    for (const QString& id : stageIds) {
        const StageTotals& t = totals[id];
        actual.append(QStringLiteral("%1|%2|%3|%4").arg(id).arg(t.count).arg(t.totalMinor).arg(t.weightedMinor));
    }
    QCOMPARE(actual, expected);
}

void TestPipelineBoardQuery::filtersGiveExpectedIds_data()
{
    QTest::addColumn<BoardFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // names of the Qualified column, in close-date order

    const QString meId = QStringLiteral("me");
    BoardFilter f;
    QTest::addRow("everything") << f
                                << QStringList{QStringLiteral("Nov Acme"),
                                               QStringLiteral("Dec big"),
                                               QStringLiteral("Jan 50% off"),
                                               QStringLiteral("Mar Globex"),
                                               QStringLiteral("no date")};
    f = {};
    f.ownerId = meId;
    QTest::addRow("owner") << f << QStringList{QStringLiteral("Nov Acme"), QStringLiteral("Mar Globex")};
    f = {};
    f.closePeriod = ClosePeriod::ThisMonth;
    QTest::addRow("this month") << f << QStringList{QStringLiteral("Nov Acme")};
    f = {};
    f.closePeriod = ClosePeriod::ThisQuarter; // Oct-Dec 2026
    QTest::addRow("this quarter") << f << QStringList{QStringLiteral("Nov Acme"), QStringLiteral("Dec big")};
    f = {};
    f.closePeriod = ClosePeriod::NextQuarter; // Jan-Mar 2027
    QTest::addRow("next quarter") << f << QStringList{QStringLiteral("Jan 50% off"), QStringLiteral("Mar Globex")};
    f = {};
    f.closePeriod = ClosePeriod::Custom;
    f.customFrom = QDate(2026, 12, 31);
    f.customTo = QDate(2027, 1, 15);
    QTest::addRow("custom, both ends inclusive")
        << f << QStringList{QStringLiteral("Dec big"), QStringLiteral("Jan 50% off")};
    f = {};
    f.search = QStringLiteral("acme");
    QTest::addRow("search deal name, any case") << f << QStringList{QStringLiteral("Nov Acme")};
    f.search = QStringLiteral("  initech ");
    QTest::addRow("search account name") << f << QStringList{QStringLiteral("Dec big"), QStringLiteral("no date")};
    f.search = QStringLiteral("50%");
    QTest::addRow("search with a wildcard character") << f << QStringList{QStringLiteral("Jan 50% off")};
    f.search = QStringLiteral("_");
    QTest::addRow("underscore is literal") << f << QStringList{};
    f = {};
    f.onlyWithoutNextStep = true;
    QTest::addRow("only without next step")
        << f << QStringList{QStringLiteral("Dec big"), QStringLiteral("Jan 50% off"), QStringLiteral("no date")};
    f = {};
    f.onlyStalled = true;
    QTest::addRow("only stalled") << f << QStringList{QStringLiteral("Mar Globex")};
    f.ownerId = meId;
    f.search = QStringLiteral("globex");
    f.closePeriod = ClosePeriod::NextQuarter;
    QTest::addRow("combined") << f << QStringList{QStringLiteral("Mar Globex")};
}

void TestPipelineBoardQuery::filtersGiveExpectedIds()
{
    QFETCH(BoardFilter, filter);
    QFETCH(QStringList, expected);
    // Today is 2026-11-16 (MockClock); Qualified rots after 21 days.
    const QString me = addOwner(QStringLiteral("Me Myself"));
    const QString other = addOwner(QStringLiteral("Someone Else"));
    const QString initech = addAccount(QStringLiteral("Initech"));
    const Deal nov =
        addDeal(QStringLiteral("Nov Acme"), kQualified, 100, QStringLiteral("USD"), QDate(2026, 11, 30), me, {}, 30);
    addDeal(QStringLiteral("Dec big"), kQualified, 100, QStringLiteral("USD"), QDate(2026, 12, 31), other, initech, 2);
    addDeal(QStringLiteral("Jan 50% off"), kQualified, 100, QStringLiteral("USD"), QDate(2027, 1, 15), other, {}, 2);
    const Deal mar =
        addDeal(QStringLiteral("Mar Globex"), kQualified, 100, QStringLiteral("USD"), QDate(2027, 3, 31), me, {}, 40);
    addDeal(QStringLiteral("no date"), kQualified, 100, QStringLiteral("USD"), QDate(), other, initech, 2);
    addDeal(QStringLiteral("Acme in another stage"), kNegotiation, 100, QStringLiteral("USD"), QDate(2026, 11, 20), me);
    // Nov Acme: talked 5 days ago and a call planned tomorrow -> not stalled, has a next step.
    addInteraction(nov.id, -5, AppointmentState::Done);
    addInteraction(nov.id, 1, AppointmentState::Planned);
    // Mar Globex: a confirmed meeting next week, but nothing for 40 days -> stalled.
    addInteraction(mar.id, 7, AppointmentState::Confirmed);

    if (filter.ownerId == QLatin1String("me")) {
        filter.ownerId = me;
    }
    QCOMPARE(names(allCards(kQualified, filter)), expected);
    PipelineBoardQuery query((*m_ws)->database(), m_ws->clock());
    QCOMPARE(query.totals(pipeline(), filter).value(stageId(kQualified)).count, expected.size());
}

void TestPipelineBoardQuery::stalledRule_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<double>("enteredDaysAgo");
    QTest::addColumn<QList<double>>("interactionDays"); // relative to now, negative = past
    QTest::addColumn<QList<int>>("interactionStates");  // AppointmentState per interaction
    QTest::addColumn<bool>("stalled");

    const int done = static_cast<int>(AppointmentState::Done);
    const int planned = static_cast<int>(AppointmentState::Planned);
    const int cancelled = static_cast<int>(AppointmentState::Cancelled);
    const int noShow = static_cast<int>(AppointmentState::NoShow);
    // Lead rots after 14 days.
    QTest::addRow("young deal") << kLead << 10.0 << QList<double>{} << QList<int>{} << false;
    QTest::addRow("exactly at the threshold") << kLead << 14.0 << QList<double>{} << QList<int>{} << false;
    QTest::addRow("a minute past the threshold")
        << kLead << 14.0 + 1.0 / 1440 << QList<double>{} << QList<int>{} << true;
    QTest::addRow("old, never contacted") << kLead << 30.0 << QList<double>{} << QList<int>{} << true;
    QTest::addRow("old, met 3 days ago") << kLead << 30.0 << QList<double>{-3} << QList<int>{done} << false;
    QTest::addRow("old, met 20 days ago") << kLead << 30.0 << QList<double>{-20} << QList<int>{done} << true;
    QTest::addRow("old, met 13.9 days ago") << kLead << 30.0 << QList<double>{-13.9} << QList<int>{done} << false;
    QTest::addRow("old, cancelled 3 days ago") << kLead << 30.0 << QList<double>{-3} << QList<int>{cancelled} << true;
    QTest::addRow("old, no-show 3 days ago") << kLead << 30.0 << QList<double>{-3} << QList<int>{noShow} << true;
    QTest::addRow("old, only a future meeting") << kLead << 30.0 << QList<double>{2} << QList<int>{planned} << true;
    QTest::addRow("old, unreviewed past meeting counts")
        << kLead << 30.0 << QList<double>{-2} << QList<int>{planned} << false;
    QTest::addRow("won deals never stall") << kWon << 300.0 << QList<double>{} << QList<int>{} << false;
}

void TestPipelineBoardQuery::stalledRule()
{
    QFETCH(int, stage);
    QFETCH(double, enteredDaysAgo);
    QFETCH(QList<double>, interactionDays);
    QFETCH(QList<int>, interactionStates);
    QFETCH(bool, stalled);
    const Deal deal = addDeal(
        QStringLiteral("subject"), stage, 100, QStringLiteral("USD"), QDate(2026, 12, 1), {}, {}, enteredDaysAgo);
    for (int i = 0; i < interactionDays.size(); ++i) {
        addInteraction(deal.id, interactionDays[i], static_cast<AppointmentState>(interactionStates[i]));
    }
    const QList<DealCard> cards = allCards(stage, {});
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.first().stalled, stalled);
    BoardFilter onlyStalled;
    onlyStalled.onlyStalled = true;
    QCOMPARE(allCards(stage, onlyStalled).size(), stalled ? 1 : 0);
}

void TestPipelineBoardQuery::nextAndLastInteraction()
{
    const Deal deal = addDeal(QStringLiteral("x"), kLead, 100, QStringLiteral("USD"), QDate(2026, 12, 1));
    addInteraction(deal.id, -10, AppointmentState::Done);
    addInteraction(deal.id, -2, AppointmentState::Done);
    addInteraction(deal.id, -1, AppointmentState::Cancelled);
    addInteraction(deal.id, 9, AppointmentState::Planned);
    addInteraction(deal.id, 3, AppointmentState::Confirmed);
    addInteraction(deal.id, 1, AppointmentState::Cancelled);
    const DealCard card = allCards(kLead, {}).value(0);
    const QDateTime now = m_ws->clock().nowUtc();
    QCOMPARE(card.lastInteractionAt, now.addDays(-2));
    QCOMPARE(card.nextInteractionAt, now.addDays(3));
    QCOMPARE(card.daysInStage, 1);
}

void TestPipelineBoardQuery::milestoneProgressFromStrategySheet()
{
    const Deal withSheet = addDeal(QStringLiteral("with sheet"), kLead, 100, QStringLiteral("USD"), QDate(2026, 12, 1));
    addDeal(QStringLiteral("without sheet"), kLead, 100, QStringLiteral("USD"), QDate(2026, 12, 2));
    QSqlQuery insert((*m_ws)->database().connection());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO strategy_sheets (id, deal_id, m_problem_done, m_budget_done, "
                                          "m_criteria_due, created_at, updated_at) "
                                          "VALUES (?, ?, '2026-10-01', '2026-11-01', '2026-12-01', "
                                          "'2026-11-16T09:00:00.000Z', '2026-11-16T09:00:00.000Z')")));
    insert.addBindValue(Ids::newId());
    insert.addBindValue(withSheet.id);
    QVERIFY(insert.exec());
    const QList<DealCard> cards = allCards(kLead, {});
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards[0].milestonesDone, std::optional<int>(2));
    QCOMPARE(cards[0].milestonesTotal, 5);
    QCOMPARE(cards[1].milestonesDone, std::nullopt);
}

void TestPipelineBoardQuery::cardsOfSkipsDealsOutsideTheFilter()
{
    const QString me = addOwner(QStringLiteral("Me"));
    const Deal mine = addDeal(QStringLiteral("mine"), kLead, 100, QStringLiteral("USD"), QDate(2026, 12, 1), me);
    const Deal theirs = addDeal(QStringLiteral("theirs"), kLead, 100, QStringLiteral("USD"), QDate(2026, 12, 1));
    BoardFilter filter;
    filter.ownerId = me;
    PipelineBoardQuery query((*m_ws)->database(), m_ws->clock());
    const QList<DealCard> cards = query.cardsOf(pipeline(), {mine.id, theirs.id, Ids::newId()}, filter);
    QCOMPARE(names(cards), QStringList{QStringLiteral("mine")});
    QCOMPARE(cards.first().stageId, stageId(kLead));
}

QTEST_GUILESS_MAIN(TestPipelineBoardQuery)
#include "TestPipelineBoardQuery.moc"
