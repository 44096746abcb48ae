// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5 cases: the funnel table and what changed over a week of the 100k-deal file, and the
// import of a 10k-deal rep file into it. Each is compared with its main SQL in sqlite3.
#include "BenchHarness.h"

#include "core/analytics/FunnelAnalysis.h"
#include "core/demo/DemoGenerator.h"
#include "core/exchange/WorkspaceMerge.h"
#include "core/review/WhatChanged.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace {
constexpr int kRuns = 7;
constexpr int kMergeRuns = 3;
constexpr int kRepDeals = 10000;
constexpr quint64 kRepSeed = 4242;

QDateTime benchNow(const BenchContext& bench)
{
    return QDateTime(bench.today(), QTime(18, 0)).toUTC();
}

QString quoted(const QDateTime& time)
{
    return u'\'' + Timestamp::toStorage(time) + u'\'';
}

// The reads of the history behind both reports, as the core runs them.
QString historySql(const QDateTime& from, const QDateTime& to)
{
    return QStringLiteral(
               "SELECT id, name FROM accounts; "
               "SELECT d.id, d.name, d.account_id, d.owner_id, d.pipeline_id, d.stage_id, d.amount_minor, "
               "d.currency, d.expected_close_date, d.forecast_category, d.stage_entered_at, d.created_at "
               "FROM deals d WHERE d.deleted = 0 AND d.created_at < %2 "
               "AND (d.stage_id IN (SELECT id FROM stages WHERE kind = 'open') OR d.id IN (SELECT deal_id FROM "
               "deal_events WHERE occurred_at >= %1 AND deleted = 0)); "
               "SELECT deal_id, id, occurred_at, field, old_value, new_value FROM deal_events "
               "WHERE occurred_at >= %1 AND deleted = 0 ORDER BY occurred_at, rowid;")
        .arg(quoted(from), quoted(to));
}
} // namespace

DEALBENCH_BENCHMARK(funnel_week)
{
    const QString path = bench.workspacePath();
    auto database = Database::open(path, {Database::Access::ReadOnly, false});
    FunnelOptions options;
    options.now = benchNow(bench);
    options.period = ReportPeriod::lastDays(7, options.now);
    FunnelReport report;
    const double ms = BenchContext::medianMs(kRuns, [&] { report = FunnelAnalysis::run(*database, options); });
    const QDateTime asOf = options.period.asOf(options.now);
    const auto reference = BenchContext::sqlite3MedianMs(
        path,
        historySql(options.period.start, options.period.end) +
            QStringLiteral(" SELECT deal_id, max(scheduled_at) FROM interactions INDEXED BY interactions_time_deal "
                           "WHERE deleted = 0 AND scheduled_at >= "
                           "%1 AND scheduled_at <= %2 AND deal_id IS NOT NULL AND appointment_state NOT IN "
                           "('cancelled', 'no_show') GROUP BY deal_id; SELECT deal_id, count(*) FROM deal_events WHERE "
                           "field = 'close_date' AND deleted = 0 AND old_value IS NOT NULL AND new_value > old_value "
                           "GROUP BY deal_id;")
                .arg(quoted(asOf.addDays(-31)), quoted(asOf)));
    BenchContext::report(QStringLiteral("funnel_week"), ms, reference);
    std::fprintf(stderr,
                 "  (%lld rows, %d attention, %d stages)\n",
                 static_cast<long long>(report.rows.size()),
                 int(report.attention.size()),
                 int(report.stages.size()));
}

DEALBENCH_BENCHMARK(what_changed_week)
{
    const QString path = bench.workspacePath();
    auto database = Database::open(path, {Database::Access::ReadOnly, false});
    WhatChangedOptions options;
    options.now = benchNow(bench);
    options.since = options.now.addDays(-7);
    WhatChangedReport report;
    const double ms = BenchContext::medianMs(kRuns, [&] { report = WhatChanged::run(*database, options); });
    const auto reference = BenchContext::sqlite3MedianMs(path, historySql(options.since, options.now));
    BenchContext::report(QStringLiteral("what_changed_week"), ms, reference);
    std::fprintf(stderr,
                 "  (%lld changes; waterfall %s)\n",
                 static_cast<long long>(report.rows.size()),
                 report.waterfall.balances() ? "balances" : "DOES NOT BALANCE");
}

DEALBENCH_BENCHMARK(merge_10k_into_100k)
{
    // A rep's file of 10k deals from another seed: every row is new to the team file.
    const QString repPath = QFileInfo(bench.workspacePath())
                                .dir()
                                .filePath(QStringLiteral("bench-rep-%1deals-seed%2-v%3-%4.dealbench")
                                              .arg(kRepDeals)
                                              .arg(kRepSeed)
                                              .arg(Database::currentSchemaVersion())
                                              .arg(bench.today().toString(Qt::ISODate)));
    if (!QFile::exists(repPath)) {
        DemoOptions options;
        options.deals = kRepDeals;
        options.reps = 4;
        options.managers = 1;
        options.seed = kRepSeed;
        options.today = bench.today();
        DemoGenerator::generate(repPath, options);
    }
    QList<double> times;
    QList<double> again;
    MergeResult result;
    for (int run = 0; run < kMergeRuns; ++run) {
        const QString team = bench.freshCopy();
        auto database = Database::open(team, {Database::Access::ReadWrite, false});
        QElapsedTimer timer;
        timer.start();
        // Where the time goes, step by step, for the first run only.
        WorkspaceMerge::Options steps;
        QString step;
        qint64 stepStart = 0;
        if (run == 0) {
            steps.progress = [&](double, const QString& next) {
                const qint64 at = timer.nsecsElapsed();
                if (!step.isEmpty()) {
                    std::fprintf(stderr, "  %-32s %8.0f ms\n", qPrintable(step), double(at - stepStart) / 1e6);
                }
                step = next;
                stepStart = at;
            };
        }
        result = WorkspaceMerge::merge(*database, repPath, Clock::system(), steps);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const MergeResult second = WorkspaceMerge::merge(*database, repPath, Clock::system());
        again.append(double(timer.nsecsElapsed()) / 1e6);
        if (!second.changedNothing()) {
            std::fprintf(stderr, "  second import changed rows!\n");
        }
    }
    std::sort(times.begin(), times.end());
    std::sort(again.begin(), again.end());
    // The floor: sqlite3 copying the rep's rows of the big tables into the team file with
    // INSERT ... SELECT (no validation, no conflict check), rolled back after each run.
    const QString copy = bench.freshCopy();
    QString sql = QStringLiteral("ATTACH '%1' AS src; BEGIN;").arg(repPath);
    for (const char* table :
         {"owners", "accounts", "contacts", "deals", "deal_events", "interactions", "interaction_contacts", "leads"}) {
        sql += QStringLiteral(" INSERT OR IGNORE INTO main.%1 SELECT * FROM src.%1;").arg(QLatin1String(table));
    }
    sql += QStringLiteral(" ROLLBACK; DETACH src;");
    const auto reference = BenchContext::sqlite3MedianMs(copy, sql, kMergeRuns);
    BenchContext::report(QStringLiteral("merge_10k_into_100k"), times.at(times.size() / 2), reference);
    BenchContext::report(QStringLiteral("merge_10k_again"), again.at(again.size() / 2));
    std::fprintf(stderr,
                 "  (%s: %d new rows, %d updated, %d conflicts, %d left out)\n",
                 result.ok ? "ok" : qPrintable(result.error),
                 result.inserted,
                 result.updated,
                 int(result.conflicts.size()),
                 int(result.rejected.size()));
}
