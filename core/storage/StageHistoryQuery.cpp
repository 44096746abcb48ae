// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageHistoryQuery.h"

#include "Statement.h"

#include "core/util/Timestamp.h"

#include <QStringList>

namespace StageHistoryQuery {

QList<StageTotalRow> openTotals(const Database& database, const QString& pipelineId)
{
    QList<StageTotalRow> result;
    // An index-only scan of deals_board_totals (0003).
    Statement query(database,
                    QStringLiteral("SELECT coalesce(d.owner_id, ''), d.stage_id, d.currency, count(*), "
                                   "sum(d.amount_minor) FROM deals d "
                                   "WHERE d.pipeline_id = :pipeline AND d.deleted = 0 AND d.stage_id IN "
                                   "(SELECT id FROM stages WHERE kind = 'open' AND deleted = 0) "
                                   "GROUP BY d.stage_id, d.currency, d.owner_id"));
    query.bind(QStringLiteral(":pipeline"), pipelineId).exec();
    while (query.next()) {
        result.append(StageTotalRow{
            query.text(0), query.text(1), query.text(2), static_cast<int>(query.integer(3)), query.integer(4)});
    }
    return result;
}

QList<StageExitRow> exits(const Database& database,
                          const QString& pipelineId,
                          const QSet<QString>& owners,
                          const QDateTime& from,
                          const QDateTime& to)
{
    QList<StageExitRow> result;
    // The changes come from deal_events_stage_time and their entry times from
    // deal_events_stages (0006), without reading event or deal rows. The pipeline is told by
    // the stage left; removed deals, or the deals of other owners, are a set built once.
    QStringList names;
    for (int i = 0; i < int(owners.size()); ++i) {
        names.append(QStringLiteral(":owner%1").arg(i));
    }
    const QString deals =
        owners.isEmpty()
            ? QStringLiteral(
                  "AND e.deal_id NOT IN (SELECT id FROM deals WHERE pipeline_id = :pipeline2 AND deleted = 1)")
            : QStringLiteral("AND e.deal_id IN (SELECT id FROM deals WHERE pipeline_id = :pipeline2 AND deleted = 0 "
                             "AND owner_id IN (%1))")
                  .arg(names.join(QStringLiteral(", ")));
    Statement query(database,
                    QStringLiteral("SELECT e.old_value, e.new_value, e.occurred_at, "
                                   "(SELECT max(p.occurred_at) FROM deal_events p WHERE p.deal_id = e.deal_id "
                                   "AND p.field IN ('created', 'stage') AND p.deleted = 0 "
                                   "AND p.occurred_at < e.occurred_at) "
                                   "FROM deal_events e "
                                   "WHERE e.field = 'stage' AND e.deleted = 0 AND e.occurred_at >= :from "
                                   "AND e.occurred_at < :to "
                                   "AND e.old_value IN (SELECT id FROM stages WHERE pipeline_id = :pipeline) ") +
                        deals);
    query.bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":to"), Timestamp::toStorage(to))
        .bind(QStringLiteral(":pipeline"), pipelineId)
        .bind(QStringLiteral(":pipeline2"), pipelineId);
    int i = 0;
    for (const QString& owner : owners) {
        query.bind(names.at(i++), owner);
    }
    query.exec();
    while (query.next()) {
        StageExitRow row;
        row.fromStage = query.text(0);
        row.toStage = query.text(1);
        row.exitedMs = Timestamp::msecsFromStorage(query.text(2));
        row.enteredMs = query.isNull(3) ? 0 : Timestamp::msecsFromStorage(query.text(3));
        result.append(std::move(row));
    }
    return result;
}

QList<StageVisitRow>
visitsOfClosed(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to)
{
    QList<StageVisitRow> result;
    // Won and lost deals come from deals_won_cover and deals_lost_cover, their stages from
    // deal_events_stages (0006), none of them touching a row. coalesce() on the pipeline keeps
    // SQLite from scanning the whole pipeline through deals_pipeline_stage instead of the time
    // range (pipeline_id is NOT NULL, so the result is the same). DISTINCT makes a deal that
    // re-entered a stage count once for it.
    Statement query(database,
                    QStringLiteral("SELECT v.owner_id, v.stage_id, v.won, count(*) FROM ("
                                   "SELECT DISTINCT c.id, c.owner_id, e.new_value AS stage_id, c.won FROM ("
                                   "SELECT id, coalesce(owner_id, '') AS owner_id, 1 AS won FROM deals "
                                   "WHERE deleted = 0 AND won_at >= :won_from AND won_at < :won_to "
                                   "AND coalesce(pipeline_id, '') = :pipeline1 "
                                   "UNION ALL "
                                   "SELECT id, coalesce(owner_id, '') AS owner_id, 0 AS won FROM deals "
                                   "WHERE deleted = 0 AND lost_at >= :lost_from AND lost_at < :lost_to "
                                   "AND coalesce(pipeline_id, '') = :pipeline2"
                                   ") c JOIN deal_events e ON e.deal_id = c.id "
                                   "WHERE e.field IN ('created', 'stage') AND e.deleted = 0) v "
                                   "GROUP BY v.owner_id, v.stage_id, v.won"));
    const QString fromText = Timestamp::toStorage(from);
    const QString toText = Timestamp::toStorage(to);
    query.bind(QStringLiteral(":won_from"), fromText)
        .bind(QStringLiteral(":won_to"), toText)
        .bind(QStringLiteral(":lost_from"), fromText)
        .bind(QStringLiteral(":lost_to"), toText)
        .bind(QStringLiteral(":pipeline1"), pipelineId)
        .bind(QStringLiteral(":pipeline2"), pipelineId)
        .exec();
    while (query.next()) {
        result.append(
            StageVisitRow{query.text(0), query.text(1), query.integer(2) != 0, static_cast<int>(query.integer(3))});
    }
    return result;
}

} // namespace StageHistoryQuery
