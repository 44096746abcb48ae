// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeLogRepository.h"

#include "Database.h"
#include "Statement.h"

#include "core/util/Timestamp.h"

MergeLogRepository::MergeLogRepository(const Database& database)
    : m_database(database)
{}

QList<MergeImportRecord> MergeLogRepository::imports() const
{
    QList<MergeImportRecord> result;
    Statement query(m_database,
                    QStringLiteral("SELECT id, source_key, source_name, source_path, imported_at, source_high_water, "
                                   "inserted, updated, conflicts, rejected FROM merge_imports WHERE deleted = 0 "
                                   "ORDER BY imported_at DESC, rowid DESC"));
    query.exec();
    while (query.next()) {
        MergeImportRecord record;
        record.id = query.text(0);
        record.sourceKey = query.text(1);
        record.sourceName = query.text(2);
        record.sourcePath = query.text(3);
        record.importedAt = Timestamp::fromStorage(query.text(4));
        record.sourceHighWater = query.text(5);
        record.inserted = int(query.integer(6));
        record.updated = int(query.integer(7));
        record.conflicts = int(query.integer(8));
        record.rejected = int(query.integer(9));
        result.append(record);
    }
    return result;
}

QList<MergeIssue> MergeLogRepository::issues(const QString& importId) const
{
    QList<MergeIssue> result;
    Statement query(m_database,
                    QStringLiteral("SELECT kind, table_name, row_id, local_updated_at, source_updated_at, winner, "
                                   "reason, lost_values FROM merge_issues WHERE import_id = :id AND deleted = 0 "
                                   "ORDER BY kind, table_name, row_id"));
    query.bind(QStringLiteral(":id"), importId).exec();
    while (query.next()) {
        MergeIssue issue;
        issue.kind =
            query.text(0) == QLatin1String("conflict") ? MergeIssue::Kind::Conflict : MergeIssue::Kind::Rejected;
        issue.table = query.text(1);
        issue.rowKey = query.text(2);
        issue.localUpdatedAt = query.text(3);
        issue.sourceUpdatedAt = query.text(4);
        const QString winner = query.text(5);
        issue.winner = winner == QLatin1String("local")    ? MergeIssue::Winner::Local
                       : winner == QLatin1String("source") ? MergeIssue::Winner::Source
                                                           : MergeIssue::Winner::None;
        issue.reason = query.text(6);
        issue.lostValues = query.text(7);
        result.append(issue);
    }
    return result;
}
