// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The board's in-memory search gives what an independent SQL LIKE query gives: the same
// deals, the same order and pages, the same column totals, while deals and accounts change.
#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/BoardSearchIndex.h"
#include "core/storage/DealRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineBoardQuery.h"
#include "core/storage/PipelineRepository.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

namespace {
QString stageId(int index)
{
    return DefaultPipeline::stageIds().at(index);
}

// The LIKE pattern for `text` with its wildcards taken literally, written here rather than
// taken from the code under test.
QString literalPattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    escaped.replace(QStringLiteral("%"), QStringLiteral("\\%"));
    escaped.replace(QStringLiteral("_"), QStringLiteral("\\_"));
    return QStringLiteral("%") + escaped + QStringLiteral("%");
}
} // namespace

class TestBoardSearchIndex : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void searchEqualsSqlLike_data();
    void searchEqualsSqlLike();
    void narrowingLetterByLetter();
    void followsChangesOfDealsAndAccounts();
    void answersOnlyPlainSearches();

private:
    QString addAccount(const QString& name);
    Deal addDeal(const QString& name, int stage, qint64 minor, const QString& currency, const QString& accountId);
    void seed();
    Pipeline pipeline() const;
    // Ids of the pipeline's live deals whose name or live account name is LIKE the text.
    QStringList likeIds(const QString& text) const;
    // Every card of every stage, `pageSize` at a time, with or without the index.
    QList<DealCard> allCards(const BoardFilter& filter, BoardSearchIndex* index, int pageSize) const;
    static QStringList sortedIds(const QList<DealCard>& cards);
    void compareWithSql(BoardSearchIndex& index, const QString& text);

    std::unique_ptr<TempWorkspace> m_ws;
    QString m_owner;
    QMap<QString, QString> m_accounts; // name -> id
};

void TestBoardSearchIndex::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    seed();
}

void TestBoardSearchIndex::cleanup()
{
    m_ws.reset();
    m_accounts.clear();
}

QString TestBoardSearchIndex::addAccount(const QString& name)
{
    Account account;
    account.name = name;
    const QString id = (*m_ws)->accounts().insert(account).id;
    m_accounts.insert(name, id);
    return id;
}

Deal TestBoardSearchIndex::addDeal(
    const QString& name, int stage, qint64 minor, const QString& currency, const QString& accountId)
{
    Deal deal = DealBuilder().name(name).stage(stage).amount(minor, currency).closeDate(QDate(2026, 12, 1)).build();
    deal.accountId = accountId;
    deal.ownerId = stage % 2 == 0 ? m_owner : QString();
    deal.stageEnteredAt = m_ws->clock().nowUtc().addSecs(-3600L * (minor % 97));
    if (stage == 6) {
        deal.wonAt = deal.stageEnteredAt;
    } else if (stage == 7) {
        deal.lostAt = deal.stageEnteredAt;
        deal.lostReason = LostReason::Price;
    }
    return (*m_ws)->dealService().create(deal);
}

void TestBoardSearchIndex::seed()
{
    (*m_ws)->exchangeRates().insert({QString(), QStringLiteral("EUR"), 1.10, QDate(2026, 1, 1)});
    Owner owner;
    owner.name = QStringLiteral("Anna Berg");
    m_owner = (*m_ws)->owners().insert(owner).id;
    const QString acme = addAccount(QStringLiteral("Acme AG"));
    const QString ecole = addAccount(QStringLiteral("\u00C9COLE Lyon")); // ÉCOLE
    const QString beijing = addAccount(QStringLiteral("\u5317\u4EAC\u79D1\u6280\u6709\u9650\u516C\u53F8"));
    const QString mueller = addAccount(QStringLiteral("M\u00FCller GmbH"));
    const QString ghost = addAccount(QStringLiteral("Ghost Acme Corp"));
    const QStringList names = {
        QStringLiteral("Nov ACME renewal"),
        QStringLiteral("\u00E9cole project"), // école
        QStringLiteral("\u4E0A\u6D77 \u4E91\u8FC1\u79FB"),
        QStringLiteral("50% off deal"),
        QStringLiteral("under_score rollout"),
        QStringLiteral("M\u00DCLLER upgrade"), // MÜLLER
        QStringLiteral("Back\\slash"),
        QStringLiteral("plain"),
    };
    const QStringList accounts = {acme, ecole, beijing, mueller, ghost, QString()};
    const QStringList currencies = {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP")};
    for (int i = 0; i < 48; ++i) {
        addDeal(names.at(i % names.size()) + QStringLiteral(" %1").arg(i),
                i % 8,
                1000 + (i * 7919) % 5000,
                currencies.at(i % 3),
                accounts.at(i % accounts.size()));
    }
    // A removed account's name no longer finds its deals (the SQL's `a2.deleted = 0`).
    (*m_ws)->accounts().remove(ghost);
}

Pipeline TestBoardSearchIndex::pipeline() const
{
    return *(*m_ws)->pipelines().pipeline(QString::fromLatin1(DefaultPipeline::pipelineId));
}

QStringList TestBoardSearchIndex::likeIds(const QString& text) const
{
    QSqlQuery query((*m_ws)->database().connection());
    query.prepare(
        QStringLiteral("SELECT d.id FROM deals d WHERE d.deleted = 0 AND d.pipeline_id = ? AND "
                       "(d.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM accounts a WHERE "
                       "a.id = d.account_id AND a.deleted = 0 AND a.name LIKE ? ESCAPE '\\')) ORDER BY d.id"));
    query.addBindValue(QString::fromLatin1(DefaultPipeline::pipelineId));
    query.addBindValue(literalPattern(text));
    query.addBindValue(literalPattern(text));
    if (!query.exec()) {
        qFatal("test SQL failed");
    }
    QStringList ids;
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    return ids;
}

QList<DealCard> TestBoardSearchIndex::allCards(const BoardFilter& filter, BoardSearchIndex* index, int pageSize) const
{
    PipelineBoardQuery query((*m_ws)->database(), m_ws->clock());
    query.setSearchIndex(index);
    QList<DealCard> result;
    for (const Stage& stage : pipeline().stages) {
        QList<DealCard> column;
        for (;;) {
            const QList<DealCard> page =
                query.cards(pipeline(), stage.id, filter, column.isEmpty() ? nullptr : &column.last(), pageSize);
            column.append(page);
            if (page.size() < pageSize) {
                break;
            }
        }
        result.append(column);
    }
    return result;
}

QStringList TestBoardSearchIndex::sortedIds(const QList<DealCard>& cards)
{
    QStringList ids;
    for (const DealCard& card : cards) {
        ids.append(card.id);
    }
    ids.sort();
    return ids;
}

void TestBoardSearchIndex::compareWithSql(BoardSearchIndex& index, const QString& text)
{
    const QStringList expected = likeIds(text);
    PipelineBoardQuery withIndex((*m_ws)->database(), m_ws->clock());
    withIndex.setSearchIndex(&index);
    const PipelineBoardQuery withSql((*m_ws)->database(), m_ws->clock());
    for (const BoardSort sort : {BoardSort::CloseDate, BoardSort::Amount, BoardSort::Age}) {
        BoardFilter filter;
        filter.search = text;
        filter.sort = sort;
        // Small pages, so the keyset cursor is crossed many times.
        const QList<DealCard> cards = allCards(filter, &index, 3);
        QCOMPARE(sortedIds(cards), expected);
        QCOMPARE(cards, allCards(filter, nullptr, 200));
        QCOMPARE(allCards(filter, nullptr, 3), cards); // the SQL's keyset pages too
        QCOMPARE(withIndex.totals(pipeline(), filter), withSql.totals(pipeline(), filter));
        qint64 counted = 0;
        const auto totals = withIndex.totals(pipeline(), filter);
        for (const StageTotals& stage : totals) {
            counted += stage.count;
        }
        QCOMPARE(counted, expected.size());
        // With an owner on top, the index and the SQL still agree.
        filter.ownerId = m_owner;
        QCOMPARE(allCards(filter, &index, 3), allCards(filter, nullptr, 200));
        QCOMPARE(withIndex.totals(pipeline(), filter), withSql.totals(pipeline(), filter));
    }
}

void TestBoardSearchIndex::searchEqualsSqlLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedCount"); // counted by hand from seed(); -1: not counted
    // Deal i has name i % 8 and account i % 6 (ghost account removed): 48 deals.
    QTest::addRow("ascii, any case") << QStringLiteral("acme") << 12; // names 0, 8, ... + account 0
    QTest::addRow("upper case") << QStringLiteral("ACME") << 12;
    QTest::addRow("trimmed") << QStringLiteral("  AcMe ") << 12;
    QTest::addRow("non-ascii folds not") << QStringLiteral("\u00E9") << 6; // "é": names "école" only
    QTest::addRow("non-ascii upper") << QStringLiteral("\u00C9") << 8;     // "É": account ÉCOLE only
    QTest::addRow("CJK account") << QStringLiteral("\u79D1\u6280") << 8;   // 科技
    QTest::addRow("CJK deal name") << QStringLiteral("\u4E0A\u6D77") << 6; // 上海
    QTest::addRow("umlaut lower") << QStringLiteral("m\u00FCller") << 8;   // account Müller
    QTest::addRow("umlaut upper") << QStringLiteral("M\u00DCLLER") << 6;   // deal MÜLLER
    QTest::addRow("percent literal") << QStringLiteral("50%") << 6;
    QTest::addRow("underscore literal") << QStringLiteral("_") << 6;
    QTest::addRow("backslash literal") << QStringLiteral("\\") << 6;
    QTest::addRow("removed account") << QStringLiteral("ghost") << 0;
    QTest::addRow("no match") << QStringLiteral("zzz") << 0;
    QTest::addRow("one letter") << QStringLiteral("e") << -1;
    QTest::addRow("digits") << QStringLiteral("1") << -1;
}

void TestBoardSearchIndex::searchEqualsSqlLike()
{
    QFETCH(QString, text);
    QFETCH(int, expectedCount);
    if (expectedCount >= 0) {
        QCOMPARE(likeIds(text).size(), expectedCount); // the test's own SQL agrees with the hand count
    }
    BoardSearchIndex index((*m_ws)->database());
    compareWithSql(index, text);
}

void TestBoardSearchIndex::narrowingLetterByLetter()
{
    BoardSearchIndex index((*m_ws)->database());
    const QString word = QStringLiteral("m\u00FCller gmbh");
    for (int length = 1; length <= word.size(); ++length) {
        compareWithSql(index, word.left(length));
    }
    // Backspace, then a text that does not extend the previous one.
    compareWithSql(index, QStringLiteral("m\u00FC"));
    compareWithSql(index, QStringLiteral("acme"));
    compareWithSql(index, QStringLiteral("acme ag"));
}

void TestBoardSearchIndex::followsChangesOfDealsAndAccounts()
{
    BoardSearchIndex index((*m_ws)->database());
    compareWithSql(index, QStringLiteral("acme"));
    QVERIFY(index.isLoaded());
    // A renamed deal, a moved deal, a removed deal: the board passes the ids on.
    QSqlQuery pick((*m_ws)->database().connection());
    pick.exec(QStringLiteral("SELECT id FROM deals WHERE deleted = 0 ORDER BY id LIMIT 3"));
    QStringList ids;
    while (pick.next()) {
        ids.append(pick.value(0).toString());
    }
    Deal renamed = *(*m_ws)->deals().deal(ids.at(0));
    renamed.name = QStringLiteral("Zeta acme \u5317\u4EAC");
    (*m_ws)->dealService().update(renamed);
    (*m_ws)->dealService().move(ids.at(1), stageId(3));
    (*m_ws)->dealService().remove(ids.at(2));
    index.refreshDeals({ids.at(0), ids.at(1)});
    index.removeDeals({ids.at(2)});
    compareWithSql(index, QStringLiteral("acme"));
    compareWithSql(index, QStringLiteral("\u5317\u4EAC"));
    // A new deal of a new account (unknown to the index until then).
    const QString fresh = addAccount(QStringLiteral("Fresh Acme Ltd"));
    const Deal added = addDeal(QStringLiteral("new one"), 2, 4242, QStringLiteral("EUR"), fresh);
    index.refreshDeals({added.id});
    compareWithSql(index, QStringLiteral("fresh"));
    // A renamed account: every deal of it.
    Account account = *(*m_ws)->accounts().account(m_accounts.value(QStringLiteral("Acme AG")));
    account.name = QStringLiteral("Omega Industries");
    (*m_ws)->accounts().update(account);
    index.refreshAccounts();
    compareWithSql(index, QStringLiteral("acme"));
    compareWithSql(index, QStringLiteral("omega"));
    // Cleared: read again on the next search.
    index.clear();
    QVERIFY(!index.isLoaded());
    compareWithSql(index, QStringLiteral("omega"));
}

void TestBoardSearchIndex::answersOnlyPlainSearches()
{
    BoardFilter filter;
    QVERIFY(!BoardSearchIndex::answers(filter));
    filter.search = QStringLiteral("   ");
    QVERIFY(!BoardSearchIndex::answers(filter));
    filter.search = QStringLiteral("acme");
    QVERIFY(BoardSearchIndex::answers(filter));
    filter.onlyStalled = true;
    QVERIFY(!BoardSearchIndex::answers(filter));
    filter.onlyStalled = false;
    filter.onlyWithoutNextStep = true;
    QVERIFY(!BoardSearchIndex::answers(filter));
}

QTEST_GUILESS_MAIN(TestBoardSearchIndex)
#include "TestBoardSearchIndex.moc"
