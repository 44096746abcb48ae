// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The query plans behind the rep's screens at scale (migration 0008): a board page in close
// order is a seek in deals_board_close, not a scan and sort of the column; the totals with a
// search read only indexes; the coaching summary reads interactions_week_cover alone. SQLite
// plans without statistics (no ANALYZE is ever run), so the plan on this tiny file is the
// plan on a 100k-deal one. The statements are taken as the code runs them, with their
// values written in (sqlite3_expanded_sql), and explained on the same connection.
#include "core/analytics/BehaviourSummary.h"
#include "core/domain/DefaultPipeline.h"
#include "core/storage/PipelineBoardQuery.h"
#include "core/storage/PipelineRepository.h"
#include "tests/support/QueryPlan.h"
#include "tests/support/SelectTrace.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

class TestRepScreenPlans : public QObject
{
    Q_OBJECT
private slots:
    void boardPageSeeksInCloseOrder_data();
    void boardPageSeeksInCloseOrder();
    void boardPageSeeksInAgeAndAmountOrder_data();
    void boardPageSeeksInAgeAndAmountOrder();
    void searchTotalsReadOnlyIndexes();
    void coachingSummaryReadsItsIndexAlone();
};

void TestRepScreenPlans::boardPageSeeksInCloseOrder_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("afterACard");
    QTest::newRow("first page") << QString() << false;
    QTest::newRow("next page") << QString() << true;
    QTest::newRow("first page, searching") << QStringLiteral("uni") << false;
}

void TestRepScreenPlans::boardPageSeeksInCloseOrder()
{
    QFETCH(QString, search);
    QFETCH(bool, afterACard);
    TempWorkspace ws;
    const Pipeline pipeline = *(*ws).pipelines().pipeline(QString::fromLatin1(DefaultPipeline::pipelineId));
    PipelineBoardQuery board((*ws).database(), ws.clock());
    BoardFilter filter;
    filter.search = search;
    QCOMPARE(filter.sort, BoardSort::CloseDate); // the sort a board opens with
    DealCard after;
    after.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    after.sortKey = QStringLiteral("2026-12-01");
    QStringList statements;
    {
        SelectTrace log(*ws);
        board.cards(pipeline, pipeline.openStages().first().id, filter, afterACard ? &after : nullptr, 200);
        statements = log.reading(QStringLiteral("deals d"));
    }
    QCOMPARE(statements.size(), 1);
    const QStringList plan = QueryPlan::of(*ws, statements.first());
    // The page (the narrow rows, in order) from the index alone; only the 200 chosen cards
    // are sorted again when their wide columns are read.
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("COVERING INDEX deals_board_close")),
             qPrintable(plan.join(u'\n')));
    QCOMPARE(plan.count(QStringLiteral("USE TEMP B-TREE FOR ORDER BY")), 1);
    if (afterACard) {
        QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("<expr>>?")),
                 qPrintable(plan.join(u'\n'))); // a seek, not a walk
    }
}

void TestRepScreenPlans::boardPageSeeksInAgeAndAmountOrder_data()
{
    QTest::addColumn<BoardSort>("sort");
    QTest::addColumn<bool>("afterACard");
    QTest::newRow("age, first page") << BoardSort::Age << false;
    QTest::newRow("age, next page") << BoardSort::Age << true;
    QTest::newRow("amount, first page") << BoardSort::Amount << false;
    QTest::newRow("amount, next page") << BoardSort::Amount << true;
}

void TestRepScreenPlans::boardPageSeeksInAgeAndAmountOrder()
{
    QFETCH(BoardSort, sort);
    QFETCH(bool, afterACard);
    TempWorkspace ws;
    const Pipeline pipeline = *(*ws).pipelines().pipeline(QString::fromLatin1(DefaultPipeline::pipelineId));
    PipelineBoardQuery board((*ws).database(), ws.clock());
    BoardFilter filter;
    filter.sort = sort;
    DealCard after;
    after.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    after.sortKey = sort == BoardSort::Age ? QVariant(QStringLiteral("2026-11-01T10:00:00.000Z")) : QVariant(12345.0);
    QStringList statements;
    {
        SelectTrace log(*ws);
        board.cards(pipeline, pipeline.openStages().first().id, filter, afterACard ? &after : nullptr, 200);
        statements = log.reading(QStringLiteral("deals d"));
    }
    QCOMPARE(statements.size(), 1);
    const QStringList plan = QueryPlan::of(*ws, statements.first());
    const QString shown = plan.join(u'\n');
    // Never the whole table or a whole column read and sorted: every read of `d` in the page
    // is a SEARCH in a board index, and only the chosen cards are sorted (the outer query),
    // plus, for the amount, the merge of the per-currency branches.
    QVERIFY2(!QueryPlan::anyContains(plan, QStringLiteral("SCAN d")), qPrintable(shown));
    if (sort == BoardSort::Age) {
        QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("SEARCH d USING COVERING INDEX deals_board_age")),
                 qPrintable(shown));
        QCOMPARE(plan.count(QStringLiteral("USE TEMP B-TREE FOR ORDER BY")), 1);
        if (afterACard) {
            QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("stage_entered_at>?")), qPrintable(shown)); // a seek
        }
    } else {
        // One branch per convertible currency (here the base currency alone), each a walk of
        // deals_board_totals down the amounts of that currency.
        QVERIFY2(
            QueryPlan::anyContains(plan,
                                   QStringLiteral("SEARCH d USING COVERING INDEX deals_board_totals (pipeline_id=? "
                                                  "AND deleted=? AND stage_id=? AND currency=?")),
            qPrintable(shown));
        if (afterACard) {
            QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("amount_minor<?")), qPrintable(shown)); // a seek
        }
    }
}

void TestRepScreenPlans::searchTotalsReadOnlyIndexes()
{
    TempWorkspace ws;
    const Pipeline pipeline = *(*ws).pipelines().pipeline(QString::fromLatin1(DefaultPipeline::pipelineId));
    PipelineBoardQuery board((*ws).database(), ws.clock());
    BoardFilter filter;
    filter.search = QStringLiteral("uni");
    QStringList statements;
    {
        SelectTrace log(*ws);
        board.totals(pipeline, filter);
        statements = log.reading(QStringLiteral("deals d"));
    }
    QCOMPARE(statements.size(), 1);
    const QStringList plan = QueryPlan::of(*ws, statements.first());
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("SEARCH d USING COVERING INDEX deals_board_totals")),
             qPrintable(plan.join(u'\n')));
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("COVERING INDEX accounts_search")),
             qPrintable(plan.join(u'\n')));
}

void TestRepScreenPlans::coachingSummaryReadsItsIndexAlone()
{
    TempWorkspace ws;
    QStringList statements;
    {
        SelectTrace log(*ws);
        BehaviourSummary::compute((*ws).database(), QDate(2026, 11, 16), 12);
        statements = log.reading(QStringLiteral("interactions"));
    }
    QCOMPARE(statements.size(), 1);
    const QStringList plan = QueryPlan::of(*ws, statements.first());
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("COVERING INDEX interactions_week_cover")),
             qPrintable(plan.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestRepScreenPlans)
#include "TestRepScreenPlans.moc"
