// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 2 cases: open a workspace, load the open deals of a pipeline, append 10k events.
#include "BenchHarness.h"

#include "core/domain/DefaultPipeline.h"
#include "core/storage/DealRepository.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"
#include "core/util/Clock.h"
#include "core/util/Ids.h"
#include "core/workspace/Workspace.h"

#include <QSqlQuery>

#include <cstdio>

DEALBENCH_BENCHMARK(open_workspace)
{
    const QString path = bench.workspacePath();
    const double ms =
        BenchContext::medianMs(7, [&] { Workspace::open(path, Database::Access::ReadWrite, Clock::system()).reset(); });
    BenchContext::report(QStringLiteral("open_workspace"), ms);
}

DEALBENCH_BENCHMARK(load_open_deals)
{
    const QString path = bench.workspacePath();
    auto workspace = Workspace::open(path, Database::Access::ReadOnly, Clock::system());
    const QString pipeline = QString::fromLatin1(DefaultPipeline::pipelineId);
    qsizetype count = 0;
    const double ms = BenchContext::medianMs(7, [&] { count = workspace->deals().openDeals(pipeline).size(); });
    // The same rows, all columns, produced by the sqlite3 tool.
    const auto reference = BenchContext::sqlite3MedianMs(
        path,
        QStringLiteral("SELECT d.id, d.name, d.account_id, d.owner_id, d.pipeline_id, d.stage_id, d.amount_minor, "
                       "d.currency, d.expected_close_date, d.forecast_category, d.source, d.lost_reason, d.lost_note, "
                       "d.competitor, d.stage_entered_at, d.won_at, d.lost_at, d.external_id, d.created_at, "
                       "d.updated_at FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.pipeline_id = '%1' "
                       "AND d.deleted = 0 AND s.kind = 'open'")
            .arg(pipeline));
    BenchContext::report(QStringLiteral("load_open_deals"), ms, reference);
    std::fprintf(stderr, "  (%lld open deals)\n", static_cast<long long>(count));
}

DEALBENCH_BENCHMARK(append_events_10k)
{
    const QString path = bench.freshCopy();
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system());
    QString dealId;
    {
        QSqlQuery first(workspace->database().connection());
        first.exec(QStringLiteral("SELECT id FROM deals LIMIT 1"));
        first.next();
        dealId = first.value(0).toString();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const double ms = BenchContext::medianMs(5, [&] {
        Transaction transaction(workspace->database());
        for (int i = 0; i < 10000; ++i) {
            workspace->deals().appendHistoricalEvent(DealEvent{
                Ids::newId(), dealId, now, DealEventField::Amount, QString::number(i), QString::number(i + 1)});
        }
        transaction.commit();
    });
    workspace.reset();
    // The same 10k rows (random UUID text keys, both indexes maintained) in one statement.
    const auto reference = BenchContext::sqlite3MedianMs(
        path,
        QStringLiteral("BEGIN; WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999) "
                       "INSERT INTO deal_events (id, deal_id, occurred_at, field, old_value, new_value, created_at, "
                       "updated_at) SELECT lower(hex(randomblob(16))), '%1', '%2', 'amount', i, i + 1, '%2', '%2' "
                       "FROM n; COMMIT")
            .arg(dealId, now.toString(Qt::ISODateWithMs)),
        5);
    BenchContext::report(QStringLiteral("append_events_10k"), ms, reference);
}
