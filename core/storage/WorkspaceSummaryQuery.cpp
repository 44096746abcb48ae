// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSummaryQuery.h"

#include "Database.h"
#include "Statement.h"

namespace {
qint64 countOf(const Database& database, const QString& table)
{
    return Statement::scalar(database,
                             QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE deleted = 0"))
        .toLongLong();
}
} // namespace

namespace WorkspaceSummaryQuery {

qint64 dealCount(const Database& database)
{
    return countOf(database, QStringLiteral("deals"));
}

WorkspaceSummary run(const Database& database)
{
    WorkspaceSummary summary;
    summary.schemaVersion = database.schemaVersion();
    Statement byKind(database,
                     QStringLiteral("SELECT s.kind, d.currency, count(*), sum(d.amount_minor) FROM deals d "
                                    "JOIN stages s ON s.id = d.stage_id WHERE d.deleted = 0 "
                                    "GROUP BY s.kind, d.currency"));
    byKind.exec();
    while (byKind.next()) {
        const QString kind = byKind.text(0);
        const QString currency = byKind.text(1);
        const qint64 count = byKind.integer(2);
        const qint64 amount = byKind.integer(3);
        if (kind == QLatin1String("won")) {
            summary.wonDeals += count;
            summary.wonAmounts[currency] += amount;
        } else if (kind == QLatin1String("lost")) {
            summary.lostDeals += count;
            summary.lostAmounts[currency] += amount;
        } else {
            summary.openDeals += count;
            summary.openAmounts[currency] += amount;
        }
    }
    summary.accounts = countOf(database, QStringLiteral("accounts"));
    summary.contacts = countOf(database, QStringLiteral("contacts"));
    summary.owners = countOf(database, QStringLiteral("owners"));
    summary.interactions = countOf(database, QStringLiteral("interactions"));
    summary.dealEvents = countOf(database, QStringLiteral("deal_events"));

    Statement stages(database,
                     QStringLiteral("SELECT p.name, s.name, "
                                    "(SELECT count(*) FROM deals d WHERE d.stage_id = s.id AND d.deleted = 0) "
                                    "FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                                    "WHERE s.deleted = 0 AND p.deleted = 0 AND s.kind = 'open' "
                                    "ORDER BY p.sort_order, p.name, s.sort_order"));
    stages.exec();
    while (stages.next()) {
        summary.stages.append({stages.text(0), stages.text(1), stages.integer(2)});
    }
    return summary;
}

} // namespace WorkspaceSummaryQuery
