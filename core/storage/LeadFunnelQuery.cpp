// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadFunnelQuery.h"

#include "Statement.h"

#include "core/util/Timestamp.h"

namespace LeadFunnelQuery {

QList<LeadSourceRow> sourceTotals(const Database& database, const QDateTime& from, const QDateTime& to)
{
    QList<LeadSourceRow> result;
    Statement query(database,
                    QStringLiteral("SELECT coalesce(l.owner_id, ''), l.source, count(*), "
                                   "sum(CASE WHEN d.id IS NOT NULL OR l.status = 'converted' THEN 1 ELSE 0 END), "
                                   "sum(CASE WHEN s.kind = 'won' THEN 1 ELSE 0 END), "
                                   "sum(CASE WHEN s.kind = 'lost' THEN 1 ELSE 0 END) "
                                   "FROM leads l LEFT JOIN deals d ON d.id = l.converted_deal_id AND d.deleted = 0 "
                                   "LEFT JOIN stages s ON s.id = d.stage_id "
                                   "WHERE l.deleted = 0 AND l.created_at >= :from AND l.created_at < :to "
                                   "GROUP BY 1, 2"));
    query.bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":to"), Timestamp::toStorage(to))
        .exec();
    while (query.next()) {
        result.append(LeadSourceRow{query.text(0),
                                    query.text(1),
                                    static_cast<int>(query.integer(2)),
                                    static_cast<int>(query.integer(3)),
                                    static_cast<int>(query.integer(4)),
                                    static_cast<int>(query.integer(5))});
    }
    return result;
}

QList<LeadConversionRow> conversions(const Database& database, const QDateTime& from, const QDateTime& to)
{
    QList<LeadConversionRow> result;
    Statement query(database,
                    QStringLiteral("SELECT coalesce(owner_id, ''), source, created_at, converted_at FROM leads "
                                   "WHERE deleted = 0 AND created_at >= :from AND created_at < :to "
                                   "AND converted_at IS NOT NULL"));
    query.bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":to"), Timestamp::toStorage(to))
        .exec();
    while (query.next()) {
        result.append(LeadConversionRow{query.text(0),
                                        query.text(1),
                                        Timestamp::msecsFromStorage(query.text(2)),
                                        Timestamp::msecsFromStorage(query.text(3))});
    }
    return result;
}

} // namespace LeadFunnelQuery
