// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The query plans of the analytics reads of interactions: the funnel table's last contact per
// deal and the activity chart's count per sheet deal each read an index that holds deal_id.
// Since migration 0008 SQLite preferred interactions_week_cover for any time range, an index
// without deal_id, and read the row of every interaction of the range. SQLite plans without
// statistics (no ANALYZE is ever run), so the plan on this empty file is the plan on a
// 100k-deal one. The statements are taken as the code runs them (SelectTrace).
#include "core/analytics/ChartDataLoader.h"
#include "core/analytics/ChartPeriod.h"
#include "core/analytics/FunnelAnalysis.h"
#include "core/domain/DefaultPipeline.h"
#include "core/review/WhatChanged.h"
#include "core/services/DealService.h"
#include "core/storage/ForecastQuery.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/QueryPlan.h"
#include "tests/support/SelectTrace.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

namespace {
// Puts the file back as an older version left it: runs `statements` (the index definitions of
// then), sets user_version and reopens, so the migrations since run again. Returns what failed.
QString rewindTo(TempWorkspace& ws, int version, std::initializer_list<const char*> statements)
{
    const int current = ws->database().schemaVersion();
    {
        QSqlQuery query(ws->database().connection());
        for (const char* sql : statements) {
            if (!query.exec(QString::fromLatin1(sql))) {
                return QString::fromLatin1(sql);
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            return QStringLiteral("PRAGMA user_version");
        }
    }
    ws.reopen();
    if (ws->database().schemaVersion() != current) {
        return QStringLiteral("not migrated to %1 on reopen").arg(current);
    }
    return {};
}
} // namespace

class TestAnalyticsPlans : public QObject
{
    Q_OBJECT
private slots:
    void funnelLastContactReadsTimeDealIndex_data();
    void funnelLastContactReadsTimeDealIndex();
    void activityCountSeeksPerSheet();
    void velocityReadsItsIndexAlone_data();
    void velocityReadsItsIndexAlone();
    void historyReadsCoveringIndexes_data();
    void historyReadsCoveringIndexes();
    void closedDealsReadCoveringIndexes_data();
    void closedDealsReadCoveringIndexes();
    void forecastReadsOpenStateIndex_data();
    void forecastReadsOpenStateIndex();
};

void TestAnalyticsPlans::funnelLastContactReadsTimeDealIndex_data()
{
    QTest::addColumn<QString>("statement"); // a text only that statement holds
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("upgraded");
    for (const bool upgraded : {false, true}) {
        const char* const file = upgraded ? "upgraded file" : "new file";
        QTest::addRow("last contact, %s", file)
            << QStringLiteral("FROM interactions ") << QStringLiteral("interactions_time_deal") << upgraded;
        QTest::addRow("champions, %s", file) << QStringLiteral("JOIN strategy_stakeholders p")
                                             << QStringLiteral("strategy_stakeholders_champions") << upgraded;
    }
}

// Before 0014 interactions_time_deal lacked `deleted` (see 0012) and the champions were read
// through strategy_stakeholders_sheet: SQLite looked up the row behind every entry.
void TestAnalyticsPlans::funnelLastContactReadsTimeDealIndex()
{
    QFETCH(QString, statement);
    QFETCH(QString, index);
    QFETCH(bool, upgraded);
    TempWorkspace ws;
    if (upgraded) {
        // The definition of 0004, at version 13.
        const QString failed = rewindTo(ws,
                                        13,
                                        {"DROP INDEX interactions_time_deal",
                                         "CREATE INDEX interactions_time_deal ON interactions(scheduled_at, deal_id, "
                                         "appointment_state) WHERE deleted = 0",
                                         "DROP INDEX strategy_stakeholders_champions"});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    FunnelOptions options;
    options.now = QDateTime(QDate(2026, 11, 22), QTime(18, 0), QTimeZone::utc());
    options.period = ReportPeriod::lastDays(7, options.now);
    // The last contact is read only for deals that may be stalled: one in its stage since
    // September; the champions only for big deals: with one open deal, that one.
    ws.clock().set(QDateTime(QDate(2026, 9, 1), QTime(9, 0), QTimeZone::utc()));
    ws->dealService().create(DealBuilder().amount(1000).build());
    options.bigDealMinor = 1;
    QStringList plan;
    {
        SelectTrace trace(*ws);
        FunnelAnalysis::run((*ws).database(), options);
        plan = QueryPlan::reading(*ws, trace, statement);
    }
    QVERIFY2(!plan.isEmpty(), qPrintable(statement));
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("USING COVERING INDEX ") + index),
             qPrintable(plan.join(u'\n')));
}

void TestAnalyticsPlans::activityCountSeeksPerSheet()
{
    TempWorkspace ws;
    ChartFilter filter;
    filter.pipelineId = QString::fromLatin1(DefaultPipeline::pipelineId);
    filter.period = ChartPeriods::resolve(ChartPeriod::ThisQuarter, QDate(2026, 11, 22));
    QStringList plan;
    {
        SelectTrace trace(*ws);
        ChartDataLoader::load((*ws).database(),
                              ChartKind::ActivityProgress,
                              filter,
                              QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()));
        plan = QueryPlan::reading(*ws, trace, QStringLiteral("JOIN interactions "));
    }
    // The sheets are the outer loop; each seeks its own deal's interactions of the period.
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("SCAN s")), qPrintable(plan.join(u'\n')));
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("SEARCH i USING INDEX interactions_deal_state (deal_id=?")),
             qPrintable(plan.join(u'\n')));
}

void TestAnalyticsPlans::velocityReadsItsIndexAlone_data()
{
    QTest::addColumn<bool>("upgraded");
    QTest::newRow("new file") << false;
    QTest::newRow("file upgraded from before deals_spans_cover") << true;
}

void TestAnalyticsPlans::velocityReadsItsIndexAlone()
{
    QFETCH(bool, upgraded);
    TempWorkspace ws;
    if (upgraded) {
        // Version 10: the file as it was before 0011 (not the version before the latest).
        const QString failed = rewindTo(ws, 10, {"DROP INDEX deals_spans_cover"});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    ChartFilter filter;
    filter.pipelineId = QString::fromLatin1(DefaultPipeline::pipelineId);
    filter.period = ChartPeriods::resolve(ChartPeriod::ThisQuarter, QDate(2026, 11, 22));
    QStringList plan;
    {
        SelectTrace trace(*ws);
        ChartDataLoader::load((*ws).database(),
                              ChartKind::SalesVelocity,
                              filter,
                              QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()));
        plan = QueryPlan::reading(*ws, trace, QStringLiteral("lost_at FROM deals "));
    }
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("COVERING INDEX deals_spans_cover")),
             qPrintable(plan.join(u'\n')));
}

void TestAnalyticsPlans::historyReadsCoveringIndexes_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("statement"); // a text only that statement holds
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("upgraded");
    const QString events = QStringLiteral("rowid FROM deal_events ");
    const QString open = QStringLiteral("d.stage_id IN (SELECT id FROM stages WHERE kind = 'open')");
    const QString exits = QStringLiteral("SELECT e.deal_id, e.old_value");
    const QString entries = QStringLiteral("FROM deal_events INDEXED BY deal_events_stages");
    const QString moves = QStringLiteral("SELECT e.old_value, e.new_value FROM");
    const QString totals = QStringLiteral("SELECT d.stage_id, d.currency, coalesce(d.owner_id");
    for (const bool upgraded : {false, true}) {
        const char* const file = upgraded ? "upgraded file" : "new file";
        QTest::addRow("what changed, events, %s", file)
            << QStringLiteral("whatChanged") << events << QStringLiteral("deal_events_time_cover") << upgraded;
        QTest::addRow("what changed, open deals, %s", file)
            << QStringLiteral("whatChanged") << open << QStringLiteral("deals_open_state") << upgraded;
        QTest::addRow("funnel, close-date slips, %s", file)
            << QStringLiteral("funnel") << QStringLiteral("field = 'close_date'")
            << QStringLiteral("deal_events_close_date") << upgraded;
        QTest::addRow("conversion chart, stage exits, %s", file)
            << QStringLiteral("chartConversion") << exits << QStringLiteral("deal_events_stage_time") << upgraded;
        QTest::addRow("conversion chart, stage entries, %s", file)
            << QStringLiteral("chartConversionWithChange") << entries << QStringLiteral("deal_events_stages")
            << upgraded;
        QTest::addRow("funnel chart, stage moves, %s", file)
            << QStringLiteral("chartFunnelWithChange") << moves << QStringLiteral("deal_events_stage_time") << upgraded;
        QTest::addRow("funnel chart, open totals, %s", file)
            << QStringLiteral("chartFunnel") << totals << QStringLiteral("deals_board_totals") << upgraded;
    }
}

// Before 0012 these partial indexes lacked the columns of their own WHERE (deleted, field),
// and SQLite looked up the row behind every entry.
void TestAnalyticsPlans::historyReadsCoveringIndexes()
{
    QFETCH(QString, report);
    QFETCH(QString, statement);
    QFETCH(QString, index);
    QFETCH(bool, upgraded);
    TempWorkspace ws;
    if (upgraded) {
        // The definitions of 0004 and 0006, at version 11.
        const QString failed =
            rewindTo(ws,
                     11,
                     {"DROP INDEX deals_open_state",
                      "CREATE INDEX deals_open_state ON deals(stage_id, created_at, id, owner_id, pipeline_id, "
                      "account_id, amount_minor, currency, expected_close_date, forecast_category, stage_entered_at, "
                      "name) WHERE deleted = 0",
                      "DROP INDEX deal_events_time_cover",
                      "CREATE INDEX deal_events_time_cover ON deal_events(occurred_at, deal_id, field, old_value, "
                      "new_value, id) WHERE deleted = 0",
                      "DROP INDEX deal_events_stage_time",
                      "CREATE INDEX deal_events_stage_time ON deal_events(occurred_at, deal_id, old_value, new_value) "
                      "WHERE field = 'stage' AND deleted = 0",
                      "DROP INDEX deal_events_stages",
                      "CREATE INDEX deal_events_stages ON deal_events(deal_id, occurred_at, new_value) "
                      "WHERE field IN ('created', 'stage') AND deleted = 0",
                      "DROP INDEX deal_events_close_date",
                      "CREATE INDEX deal_events_close_date ON deal_events(deal_id, old_value, new_value) "
                      "WHERE field = 'close_date' AND deleted = 0"});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    // One open deal, so that the funnel has a row whose close-date slips it reads.
    ws.clock().set(QDateTime(QDate(2026, 9, 1), QTime(9, 0), QTimeZone::utc()));
    ws->dealService().create(DealBuilder().build());
    const QDateTime now(QDate(2026, 11, 22), QTime(18, 0), QTimeZone::utc());
    if (report.endsWith(QLatin1String("WithChange"))) {
        // The entry times are read only when the span has a stage change.
        ws.clock().set(now.addDays(-3));
        const QString deal = ws->dealService().create(DealBuilder().amount(1000).build()).id;
        ws.clock().set(now.addDays(-2));
        ws->dealService().move(deal, DefaultPipeline::stageIds().at(1));
    }
    QStringList plan;
    {
        SelectTrace trace(*ws);
        if (report == QLatin1String("whatChanged")) {
            WhatChangedOptions options;
            options.now = now;
            options.since = now.addDays(-7);
            WhatChanged::run((*ws).database(), options);
        } else if (report == QLatin1String("funnel")) {
            FunnelOptions options;
            options.now = now;
            options.period = ReportPeriod::lastDays(7, options.now);
            FunnelAnalysis::run((*ws).database(), options);
        } else {
            ChartFilter filter;
            filter.pipelineId = QString::fromLatin1(DefaultPipeline::pipelineId);
            filter.period = ChartPeriods::resolve(ChartPeriod::ThisQuarter, QDate(2026, 11, 22));
            ChartDataLoader::load((*ws).database(),
                                  report.startsWith(QLatin1String("chartFunnel")) ? ChartKind::Funnel
                                                                                  : ChartKind::StageConversion,
                                  filter,
                                  now);
        }
        plan = QueryPlan::reading(*ws, trace, statement);
    }
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("USING COVERING INDEX ") + index),
             qPrintable(plan.join(u'\n')));
}

void TestAnalyticsPlans::closedDealsReadCoveringIndexes_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QString>("statement"); // a text only that statement holds
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("upgraded");
    const QString closed = QStringLiteral("LEFT JOIN accounts a");
    for (const bool upgraded : {false, true}) {
        const char* const file = upgraded ? "upgraded file" : "new file";
        for (const char* index : {"deals_won_cover", "deals_lost_cover", "accounts_segments"}) {
            QTest::addRow("win/loss, closed deals, %s, %s", index, file)
                << ChartKind::WinLoss << closed << QString::fromLatin1(index) << upgraded;
        }
        QTest::addRow("win/loss, won sheets, %s", file) << ChartKind::WinLoss << QStringLiteral("s.compelling_event")
                                                        << QStringLiteral("deals_won_cover") << upgraded;
        QTest::addRow("performance, leads, %s", file) << ChartKind::PerformanceFormula << QStringLiteral("FROM leads l")
                                                      << QStringLiteral("leads_created") << upgraded;
        QTest::addRow("performance, collections, %s", file)
            << ChartKind::PerformanceFormula << QStringLiteral("JOIN collections c")
            << QStringLiteral("deals_won_cover") << upgraded;
    }
}

// Before 0013 the closed-deal indexes lacked the columns these charts group by (and deleted),
// and SQLite looked up the wide row of every deal and lead of the span.
void TestAnalyticsPlans::closedDealsReadCoveringIndexes()
{
    QFETCH(ChartKind, kind);
    QFETCH(QString, statement);
    QFETCH(QString, index);
    QFETCH(bool, upgraded);
    TempWorkspace ws;
    if (upgraded) {
        // The definitions of 0006, at version 12.
        const QString failed =
            rewindTo(ws,
                     12,
                     {"DROP INDEX deals_won_cover",
                      "CREATE INDEX deals_won_cover ON deals(won_at, pipeline_id, owner_id, id, created_at, currency, "
                      "amount_minor) WHERE deleted = 0 AND won_at IS NOT NULL",
                      "DROP INDEX deals_lost_cover",
                      "CREATE INDEX deals_lost_cover ON deals(lost_at, pipeline_id, owner_id, id) WHERE deleted = 0 "
                      "AND lost_at IS NOT NULL",
                      "DROP INDEX leads_created",
                      "CREATE INDEX leads_created ON leads(created_at, owner_id, source, status, converted_deal_id, "
                      "converted_at) WHERE deleted = 0",
                      "DROP INDEX accounts_segments"});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    ChartFilter filter;
    filter.pipelineId = QString::fromLatin1(DefaultPipeline::pipelineId);
    filter.period = ChartPeriods::resolve(ChartPeriod::ThisQuarter, QDate(2026, 11, 22));
    QStringList plan;
    {
        SelectTrace trace(*ws);
        ChartDataLoader::load(
            (*ws).database(), kind, filter, QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()));
        plan = QueryPlan::reading(*ws, trace, statement);
    }
    QVERIFY2(!plan.isEmpty(), qPrintable(statement));
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("USING COVERING INDEX ") + index),
             qPrintable(plan.join(u'\n')));
}

void TestAnalyticsPlans::forecastReadsOpenStateIndex_data()
{
    QTest::addColumn<bool>("upgraded");
    QTest::newRow("new file") << false;
    QTest::newRow("file upgraded from version 14") << true;
}

// 0015 drops five indexes no read used; the open forecast, which read deals_board_cards and then
// each deal's row, reads deals_open_state alone. Both a new file and an upgraded one are without
// the five, and the forecast's data stay the same.
void TestAnalyticsPlans::forecastReadsOpenStateIndex()
{
    QFETCH(bool, upgraded);
    TempWorkspace ws;
    if (upgraded) {
        // The definitions of 0001 and 0003, at version 14.
        const QString failed = rewindTo(
            ws,
            14,
            {"CREATE INDEX deals_board_cards ON deals(pipeline_id, deleted, stage_id, expected_close_date, "
             "stage_entered_at, currency, amount_minor, owner_id, account_id, name, id)",
             "CREATE INDEX deals_pipeline_stage ON deals(pipeline_id, stage_id) WHERE deleted = 0",
             "CREATE INDEX deals_won_at ON deals(won_at, owner_id, currency, amount_minor) WHERE deleted = 0 AND "
             "won_at IS NOT NULL",
             "CREATE INDEX deals_lost_at ON deals(lost_at, owner_id) WHERE deleted = 0 AND lost_at IS NOT NULL",
             "CREATE INDEX deal_events_time ON deal_events(occurred_at)"});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    QSqlQuery query(ws->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('deals_board_cards', "
                                      "'deals_pipeline_stage', 'deals_won_at', 'deals_lost_at', 'deal_events_time')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    // One open deal closing in December: 2,500.00 in the forecast's December bucket.
    ws.clock().set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
    ws->dealService().create(DealBuilder().amount(250000).closeDate(QDate(2026, 12, 10)).build());
    ChartFilter filter;
    filter.pipelineId = QString::fromLatin1(DefaultPipeline::pipelineId);
    filter.period = ChartPeriods::resolve(ChartPeriod::ThisQuarter, QDate(2026, 11, 22));
    QStringList plan;
    {
        SelectTrace trace(*ws);
        ChartDataLoader::load((*ws).database(),
                              ChartKind::ForecastVsQuota,
                              filter,
                              QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()));
        plan = QueryPlan::reading(*ws, trace, QStringLiteral("substr(d.expected_close_date, 1, 7)"));
    }
    QVERIFY(!plan.isEmpty());
    QVERIFY2(QueryPlan::anyContains(plan, QStringLiteral("USING COVERING INDEX deals_open_state")),
             qPrintable(plan.join(u'\n')));
    const QList<OpenForecastRow> open = ForecastQuery::openByCloseMonth(
        ws->database(), QString::fromLatin1(DefaultPipeline::pipelineId), QDate(2026, 10, 1), QDate(2027, 1, 1));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).month, QDate(2026, 12, 1));
    QCOMPARE(open.at(0).deals, 1);
    QCOMPARE(open.at(0).amountMinor, 250000);
}

QTEST_GUILESS_MAIN(TestAnalyticsPlans)
#include "TestAnalyticsPlans.moc"
