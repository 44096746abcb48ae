// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastQuery.h"

#include "Statement.h"

#include "core/util/Timestamp.h"

namespace ForecastQuery {

QList<OpenForecastRow>
openByCloseMonth(const Database& database, const QString& pipelineId, const QDate& first, const QDate& endExclusive)
{
    QList<OpenForecastRow> result;
    // Close dates are ISO text: the first seven characters are the month ("2026-11"). Named:
    // SQLite chose a range on the close date in a board index (deals_board_cards, gone since
    // 0015) and then read each deal's wide row for its forecast category; the open deals'
    // entries of deals_open_state hold every column read here. In sqlite3 on the 100k-deal
    // file, two quarters of open deals took 55 ms this way against 175 ms.
    Statement query(database,
                    QStringLiteral("SELECT coalesce(d.owner_id, ''), d.stage_id, d.forecast_category, d.currency, "
                                   "substr(d.expected_close_date, 1, 7), count(*), sum(d.amount_minor) "
                                   "FROM deals d INDEXED BY deals_open_state "
                                   "WHERE d.pipeline_id = :pipeline AND d.deleted = 0 AND d.stage_id IN "
                                   "(SELECT id FROM stages WHERE kind = 'open' AND deleted = 0) "
                                   "AND d.expected_close_date >= :first AND d.expected_close_date < :end "
                                   "GROUP BY 1, 2, 3, 4, 5"));
    query.bind(QStringLiteral(":pipeline"), pipelineId)
        .bind(QStringLiteral(":first"), Timestamp::dateToStorage(first))
        .bind(QStringLiteral(":end"), Timestamp::dateToStorage(endExclusive))
        .exec();
    while (query.next()) {
        OpenForecastRow row;
        row.ownerId = query.text(0);
        row.stageId = query.text(1);
        row.category = forecastCategoryFromKey(query.text(2)).value_or(ForecastCategory::Pipeline);
        row.currency = query.text(3);
        row.month = Timestamp::dateFromStorage(query.text(4) + QStringLiteral("-01"));
        row.deals = static_cast<int>(query.integer(5));
        row.amountMinor = query.integer(6);
        result.append(std::move(row));
    }
    return result;
}

QList<WonDealRow> won(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to)
{
    QList<WonDealRow> result;
    // A range of deals_won_cover (0006); coalesce() keeps SQLite on it rather than on the
    // pipeline index (pipeline_id is NOT NULL).
    Statement query(
        database,
        QStringLiteral(
            "SELECT coalesce(owner_id, ''), currency, amount_minor, won_at FROM deals "
            "WHERE deleted = 0 AND won_at >= :from AND won_at < :to AND coalesce(pipeline_id, '') = :pipeline"));
    query.bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":to"), Timestamp::toStorage(to))
        .bind(QStringLiteral(":pipeline"), pipelineId)
        .exec();
    while (query.next()) {
        result.append(WonDealRow{
            query.text(0), Money{query.integer(2), query.text(1)}, Timestamp::msecsFromStorage(query.text(3))});
    }
    return result;
}

} // namespace ForecastQuery
