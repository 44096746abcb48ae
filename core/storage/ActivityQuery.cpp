// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityQuery.h"

#include "Statement.h"

#include "core/util/Timestamp.h"

namespace ActivityQuery {

QList<MilestoneProgressRow> openDealsWithSheets(const Database& database, const QString& pipelineId)
{
    QList<MilestoneProgressRow> result;
    Statement query(database,
                    QStringLiteral("SELECT d.id, d.name, coalesce(d.owner_id, ''), d.stage_id, d.currency, "
                                   "d.amount_minor, s.m_problem_done, s.m_criteria_done, s.m_stakeholders_done, "
                                   "s.m_budget_done, s.m_business_case_done "
                                   "FROM strategy_sheets s JOIN deals d ON d.id = s.deal_id "
                                   "WHERE s.deleted = 0 AND d.deleted = 0 AND d.pipeline_id = :pipeline "
                                   "AND d.stage_id IN (SELECT id FROM stages WHERE kind = 'open' AND deleted = 0)"));
    query.bind(QStringLiteral(":pipeline"), pipelineId).exec();
    while (query.next()) {
        MilestoneProgressRow row;
        row.dealId = query.text(0);
        row.name = query.text(1);
        row.ownerId = query.text(2);
        row.stageId = query.text(3);
        row.amount = Money{query.integer(5), query.text(4)};
        for (int i = 0; i < 5; ++i) {
            row.milestonesDone[std::size_t(i)] = Timestamp::dateFromStorage(query.text(6 + i));
        }
        result.append(std::move(row));
    }
    return result;
}

QHash<QString, int> interactionsOfSheetDeals(const Database& database, const QDateTime& from, const QDateTime& to)
{
    QHash<QString, int> result;
    // From the sheets into interactions_deal_state (0003): a seek per sheet, not a scan of all
    // interactions of the period. Named, and the sheets kept the outer loop: since 0008 SQLite
    // preferred a range of interactions_week_cover, which lacks deal_id and so read the row of
    // every interaction of the period (fifteen times the time).
    Statement query(database,
                    QStringLiteral("SELECT s.deal_id, count(*) FROM strategy_sheets s "
                                   "CROSS JOIN interactions i INDEXED BY interactions_deal_state "
                                   "ON i.deal_id = s.deal_id "
                                   "WHERE s.deleted = 0 AND i.deleted = 0 AND i.appointment_state = 'done' "
                                   "AND i.scheduled_at >= :from AND i.scheduled_at < :to GROUP BY s.deal_id"));
    query.bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":to"), Timestamp::toStorage(to))
        .exec();
    while (query.next()) {
        result.insert(query.text(0), static_cast<int>(query.integer(1)));
    }
    return result;
}

QHash<QString, int> openDealsByOwner(const Database& database, const QString& pipelineId)
{
    QHash<QString, int> result;
    Statement query(database,
                    QStringLiteral("SELECT coalesce(d.owner_id, ''), count(*) FROM deals d "
                                   "WHERE d.pipeline_id = :pipeline AND d.deleted = 0 AND d.stage_id IN "
                                   "(SELECT id FROM stages WHERE kind = 'open' AND deleted = 0) GROUP BY 1"));
    query.bind(QStringLiteral(":pipeline"), pipelineId).exec();
    while (query.next()) {
        result.insert(query.text(0), static_cast<int>(query.integer(1)));
    }
    return result;
}

} // namespace ActivityQuery
