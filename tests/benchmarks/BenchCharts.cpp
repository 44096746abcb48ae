// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6 cases: the data of each chart (queries and metric) over the 100k-deal file, with the
// filter the Charts area opens with (default pipeline, everyone, this quarter). Where the chart's
// reads are plain SQL, the same statements run in the sqlite3 tool for comparison.
#include "BenchHarness.h"

#include "core/analytics/ChartDataLoader.h"
#include "core/analytics/ChartPeriod.h"
#include "core/domain/DefaultPipeline.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"
#include "core/workspace/Workspace.h"

#include <cstdio>

namespace {
constexpr int kRuns = 7;

struct Setup
{
    std::unique_ptr<Workspace> workspace;
    ChartFilter filter;
    QDateTime now;
    QString from;
    QString to;
    QString pipeline;
};

Setup setUp(BenchContext& bench)
{
    Setup s;
    s.workspace = Workspace::open(bench.workspacePath(), Database::Access::ReadOnly, Clock::system());
    s.now = QDateTime(bench.today(), QTime(12, 0), Qt::UTC);
    s.pipeline = QString::fromLatin1(DefaultPipeline::pipelineId);
    s.filter.pipelineId = s.pipeline;
    s.filter.period = ChartPeriods::resolve(ChartPeriod::ThisQuarter, bench.today());
    s.from = Timestamp::toStorage(s.filter.period.start);
    s.to = Timestamp::toStorage(s.filter.period.asOf(s.now));
    return s;
}

void run(BenchContext& bench, ChartKind kind, const QString& referenceSql = {})
{
    Setup s = setUp(bench);
    ChartData data;
    const double ms = BenchContext::medianMs(
        kRuns, [&] { data = ChartDataLoader::load(s.workspace->database(), kind, s.filter, s.now); });
    std::optional<double> reference;
    if (!referenceSql.isEmpty()) {
        reference = BenchContext::sqlite3MedianMs(
            bench.workspacePath(),
            QString(referenceSql)
                .replace(QLatin1String(":from"), QLatin1Char('\'') + s.from + QLatin1Char('\''))
                .replace(QLatin1String(":to"), QLatin1Char('\'') + s.to + QLatin1Char('\''))
                .replace(QLatin1String(":pipeline"), QLatin1Char('\'') + s.pipeline + QLatin1Char('\'')));
    }
    BenchContext::report(QStringLiteral("chart_") + ChartKinds::key(kind), ms, reference);
    // For the record: the same chart over the whole year so far (not the case's figure).
    ChartFilter year = s.filter;
    year.period = ChartPeriods::resolve(ChartPeriod::ThisYear, bench.today());
    const double yearMs =
        BenchContext::medianMs(3, [&] { ChartDataLoader::load(s.workspace->database(), kind, year, s.now); });
    std::fprintf(stderr,
                 "  (%s to %s, %s; this year: %.1f ms)\n",
                 qPrintable(s.from),
                 qPrintable(s.to),
                 data.isEmpty() ? "no data" : "data",
                 yearMs);
}

// The reads of the charts, as the storage queries issue them (core/storage/*Query.cpp).
const QString kOpenTotals = QStringLiteral(
    "SELECT coalesce(d.owner_id, ''), d.stage_id, d.currency, count(*), sum(d.amount_minor) FROM deals d "
    "WHERE d.pipeline_id = :pipeline AND d.deleted = 0 AND d.stage_id IN (SELECT id FROM stages WHERE kind = 'open' "
    "AND deleted = 0) GROUP BY d.stage_id, d.currency, d.owner_id;");
const QString kExits = QStringLiteral(
    "SELECT coalesce(d.owner_id, ''), e.old_value, e.new_value, e.occurred_at, (SELECT max(p.occurred_at) FROM "
    "deal_events p WHERE p.deal_id = e.deal_id AND p.field IN ('created', 'stage') AND p.deleted = 0 AND "
    "p.occurred_at < e.occurred_at) FROM deal_events e JOIN deals d ON d.id = e.deal_id WHERE e.field = 'stage' AND "
    "e.deleted = 0 AND e.occurred_at >= :from AND e.occurred_at < :to AND d.deleted = 0 AND d.pipeline_id = "
    ":pipeline;");
// The funnel counts the exits per (from, to) without their entry times.
const QString kMoves = QStringLiteral(
    "SELECT e.old_value, e.new_value, count(*) FROM deal_events e JOIN deals d ON d.id = e.deal_id WHERE e.field = "
    "'stage' AND e.deleted = 0 AND e.occurred_at >= :from AND e.occurred_at < :to AND d.deleted = 0 AND "
    "d.pipeline_id = :pipeline GROUP BY 1, 2;");
const QString kClosed = QStringLiteral(
    "SELECT 1, d.won_at, d.id, d.owner_id, d.created_at, d.currency, d.amount_minor, d.source, d.lost_reason, "
    "d.competitor, a.segment, a.industry, a.size_band FROM deals d LEFT JOIN accounts a ON a.id = d.account_id WHERE "
    "d.deleted = 0 AND d.won_at >= :from AND d.won_at < :to AND d.pipeline_id = :pipeline UNION ALL SELECT 0, "
    "d.lost_at, d.id, d.owner_id, d.created_at, d.currency, d.amount_minor, d.source, d.lost_reason, d.competitor, "
    "a.segment, a.industry, a.size_band FROM deals d LEFT JOIN accounts a ON a.id = d.account_id WHERE d.deleted = 0 "
    "AND d.lost_at >= :from AND d.lost_at < :to AND d.pipeline_id = :pipeline;");
const QString kLeadTotals = QStringLiteral(
    "SELECT coalesce(l.owner_id, ''), l.source, count(*), sum(CASE WHEN d.id IS NOT NULL OR l.status = 'converted' "
    "THEN 1 ELSE 0 END), sum(CASE WHEN s.kind = 'won' THEN 1 ELSE 0 END), sum(CASE WHEN s.kind = 'lost' THEN 1 ELSE 0 "
    "END) FROM leads l LEFT JOIN deals d ON d.id = l.converted_deal_id AND d.deleted = 0 LEFT JOIN stages s ON s.id = "
    "d.stage_id WHERE l.deleted = 0 AND l.created_at >= :from AND l.created_at < :to GROUP BY 1, 2;");
const QString kConversions = QStringLiteral(
    "SELECT coalesce(owner_id, ''), source, created_at, converted_at FROM leads WHERE deleted = 0 AND created_at >= "
    ":from AND created_at < :to AND converted_at IS NOT NULL;");
} // namespace

DEALBENCH_BENCHMARK(chart_funnel)
{
    run(bench, ChartKind::Funnel, kOpenTotals + kMoves);
}

DEALBENCH_BENCHMARK(chart_waterfall)
{
    // Each deal's two ends from the span's events and the deal rows (WaterfallQuery), then the
    // review's waterfall rules (FlowWaterfall): no single query to compare.
    run(bench, ChartKind::FlowWaterfall);
}

DEALBENCH_BENCHMARK(chart_forecast)
{
    run(bench,
        ChartKind::ForecastVsQuota,
        QStringLiteral("SELECT coalesce(owner_id, ''), currency, amount_minor, won_at FROM deals WHERE deleted = 0 AND "
                       "won_at >= :from AND won_at < :to AND pipeline_id = :pipeline; SELECT coalesce(d.owner_id, ''), "
                       "d.stage_id, d.forecast_category, d.currency, substr(d.expected_close_date, 1, 7), count(*), "
                       "sum(d.amount_minor) FROM deals d WHERE d.pipeline_id = :pipeline AND d.deleted = 0 AND "
                       "d.stage_id IN (SELECT id FROM stages WHERE kind = 'open' AND deleted = 0) GROUP BY 1, 2, 3, 4, "
                       "5;"));
}

DEALBENCH_BENCHMARK(chart_performance)
{
    run(bench, ChartKind::PerformanceFormula, kLeadTotals + kClosed);
}

DEALBENCH_BENCHMARK(chart_velocity)
{
    run(bench,
        ChartKind::SalesVelocity,
        QStringLiteral("SELECT coalesce(owner_id, ''), currency, amount_minor, created_at, won_at, lost_at FROM deals "
                       "WHERE deleted = 0 AND pipeline_id = :pipeline AND created_at < :to AND (won_at IS NULL OR "
                       "won_at >= :from) AND (lost_at IS NULL OR lost_at >= :from);"));
}

DEALBENCH_BENCHMARK(chart_conversion)
{
    run(bench, ChartKind::StageConversion, kExits);
}

DEALBENCH_BENCHMARK(chart_lead_sources)
{
    run(bench, ChartKind::LeadSources, kLeadTotals + kConversions);
}

DEALBENCH_BENCHMARK(chart_win_loss)
{
    run(bench, ChartKind::WinLoss, kClosed);
}

DEALBENCH_BENCHMARK(chart_win_scenarios)
{
    run(bench, ChartKind::WinScenarios, kClosed);
}

DEALBENCH_BENCHMARK(chart_calibration)
{
    // Its window is always the last 12 months.
    run(bench,
        ChartKind::ProbabilityCalibration,
        QStringLiteral(
            "SELECT v.owner_id, v.stage_id, v.won, count(*) FROM (SELECT DISTINCT c.id, c.owner_id, "
            "e.new_value AS stage_id, c.won FROM (SELECT id, coalesce(owner_id, '') AS owner_id, 1 AS won "
            "FROM deals WHERE deleted = 0 AND won_at >= date(:to, '-1 year') AND won_at < :to AND "
            "pipeline_id = :pipeline UNION ALL SELECT id, coalesce(owner_id, '') AS owner_id, 0 AS won FROM "
            "deals WHERE deleted = 0 AND lost_at >= date(:to, '-1 year') AND lost_at < :to AND pipeline_id = "
            ":pipeline) c JOIN deal_events e ON e.deal_id = c.id WHERE e.field IN ('created', 'stage') AND "
            "e.deleted = 0) v GROUP BY v.owner_id, v.stage_id, v.won;"));
}

DEALBENCH_BENCHMARK(chart_activity)
{
    run(bench,
        ChartKind::ActivityProgress,
        QStringLiteral(
            "SELECT d.id, d.name, coalesce(d.owner_id, ''), d.stage_id, d.currency, d.amount_minor, s.m_problem_done, "
            "s.m_criteria_done, s.m_stakeholders_done, s.m_budget_done, s.m_business_case_done FROM strategy_sheets s "
            "JOIN deals d ON d.id = s.deal_id WHERE s.deleted = 0 AND d.deleted = 0 AND d.pipeline_id = :pipeline AND "
            "d.stage_id IN (SELECT id FROM stages WHERE kind = 'open' AND deleted = 0); SELECT s.deal_id, count(*) "
            "FROM strategy_sheets s CROSS JOIN interactions i INDEXED BY interactions_deal_state ON i.deal_id = "
            "s.deal_id WHERE s.deleted = 0 AND i.deleted = 0 AND i.appointment_state = 'done' AND i.scheduled_at >= "
            ":from AND i.scheduled_at < :to GROUP BY s.deal_id; SELECT coalesce(d.owner_id, ''), count(*) FROM deals d "
            "WHERE d.pipeline_id = :pipeline AND d.deleted = 0 AND d.stage_id IN (SELECT id FROM stages WHERE kind = "
            "'open' AND deleted = 0) GROUP BY 1;"));
}
