// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeStore.h"

#include "Database.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include "core/util/Ids.h"
#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>

#include <sqlite3.h>

using MergeSchema::quoteIdentifier;
using MergeSchema::quoteText;

namespace {
sqlite3* rawHandle(const Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

int interruptWhenCancelled(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0;
}

QString keyMatch(const MergeTableSpec& table, const QString& a, const QString& b)
{
    QStringList parts;
    for (const QString& column : table.keyColumns) {
        parts.append(a + u'.' + quoteIdentifier(column) + QStringLiteral(" = ") + b + u'.' + quoteIdentifier(column));
    }
    return parts.join(QStringLiteral(" AND "));
}

QStringList contentColumns(const MergeTableSpec& table)
{
    QStringList result;
    for (const QString& column : table.columns) {
        if (column != QLatin1String("created_at") && column != QLatin1String("updated_at")) {
            result.append(column);
        }
    }
    return result;
}
} // namespace

MergeStore::MergeStore(Database& target, const std::atomic_bool* cancel)
    : m_target(target)
    , m_cancel(cancel)
{
    Statement::run(m_target,
                   QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS merge_rejects (table_name TEXT NOT NULL, "
                                  "row_key TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (table_name, row_key))"));
    Statement::run(m_target, QStringLiteral("DELETE FROM temp.merge_rejects"));
    Statement::run(m_target,
                   QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS merge_candidates (table_name TEXT NOT NULL, "
                                  "source_rowid INTEGER NOT NULL, existing INTEGER NOT NULL, "
                                  "PRIMARY KEY (table_name, source_rowid)) WITHOUT ROWID"));
    Statement::run(m_target, QStringLiteral("DELETE FROM temp.merge_candidates"));
    installInterrupt(true);
}

MergeStore::~MergeStore()
{
    installInterrupt(false);
    if (m_attached) {
        try {
            detach();
        } catch (const StorageError&) {
            // The connection is being torn down with the error that brought us here.
        }
    }
}

void MergeStore::installInterrupt(bool on)
{
    if (!m_cancel) {
        return;
    }
    if (sqlite3* raw = rawHandle(m_target)) {
        // Checked every few thousand virtual-machine steps: a long INSERT ... SELECT stops
        // within milliseconds of Cancel, and the caller's transaction rolls it all back.
        sqlite3_progress_handler(raw,
                                 on ? 4096 : 0,
                                 on ? interruptWhenCancelled : nullptr,
                                 on ? const_cast<std::atomic_bool*>(m_cancel) : nullptr);
    }
}

void MergeStore::attach(const QString& sourceCopyPath)
{
    Statement attach(m_target, QStringLiteral("ATTACH DATABASE :path AS merge_source"));
    attach.bind(QStringLiteral(":path"), sourceCopyPath).exec();
    m_attached = true;
    // The merge writes rows with random keys into every index of a large file: with
    // SQLite's 2 MB default cache nearly every index page is read again, spilled to the
    // log and read back. A large cache for the merge's length; detach() puts the
    // connection's own back. (temp_store stays: changing it drops temp.merge_rejects.)
    m_cacheSize = Statement::scalar(m_target, QStringLiteral("PRAGMA main.cache_size")).toLongLong();
    Statement::run(m_target, QStringLiteral("PRAGMA main.cache_size=-393216"));
    Statement::run(m_target, QStringLiteral("PRAGMA merge_source.cache_size=-131072"));
}

void MergeStore::detach()
{
    m_attached = false;
    Statement::run(m_target, QStringLiteral("DETACH DATABASE merge_source"));
    Statement::run(m_target, QStringLiteral("PRAGMA main.cache_size=%1").arg(m_cacheSize));
}

QString MergeStore::sourceWorkspaceId() const
{
    Statement query(m_target,
                    QStringLiteral("SELECT value FROM merge_source.workspace_meta "
                                   "WHERE key = 'workspace_id' AND deleted = 0"));
    query.exec();
    return query.next() ? query.text(0).left(64) : QString();
}

QString MergeStore::sourceWorkspaceName() const
{
    Statement query(m_target,
                    QStringLiteral("SELECT value FROM merge_source.workspace_meta WHERE key = 'name' AND deleted = 0"));
    query.exec();
    return query.next() ? query.text(0).left(200) : QString();
}

QList<MergeIssue> MergeStore::conflicts(const MergeTableSpec& table, const QString& watermark) const
{
    const QStringList content = contentColumns(table);
    QStringList differs;
    QStringList selected;
    for (const QString& column : content) {
        const QString q = quoteIdentifier(column);
        differs.append(QStringLiteral("s.%1 IS NOT m.%1").arg(q));
    }
    for (const QString& column : table.columns) {
        selected.append(QStringLiteral("s.") + quoteIdentifier(column));
    }
    for (const QString& column : table.columns) {
        selected.append(QStringLiteral("m.") + quoteIdentifier(column));
    }
    Statement query(m_target,
                    QStringLiteral("SELECT %1, m.updated_at, s.updated_at, %2 FROM merge_source.%3 s "
                                   "JOIN main.%3 m ON %4 WHERE s.updated_at > :watermark AND m.updated_at > :watermark "
                                   "AND (%5) AND %6")
                        .arg(table.keyExpression(QStringLiteral("s")),
                             selected.join(QStringLiteral(", ")),
                             quoteIdentifier(table.name),
                             keyMatch(table, QStringLiteral("m"), QStringLiteral("s")),
                             differs.join(QStringLiteral(" OR ")),
                             MergeSchema::notRejected(table, QStringLiteral("s"))));
    query.bind(QStringLiteral(":watermark"), watermark).exec();
    QList<MergeIssue> result;
    const int columns = int(table.columns.size());
    while (query.next()) {
        MergeIssue issue;
        issue.kind = MergeIssue::Kind::Conflict;
        issue.table = table.name;
        issue.rowKey = query.text(0);
        issue.localUpdatedAt = query.text(1);
        issue.sourceUpdatedAt = query.text(2);
        // The newer version wins; on a tie ours stays (a merge must not flip-flop).
        const bool sourceWins = issue.sourceUpdatedAt > issue.localUpdatedAt;
        issue.winner = sourceWins ? MergeIssue::Winner::Source : MergeIssue::Winner::Local;
        issue.reason = tr("changed in both files since the last import");
        const int loser = sourceWins ? 3 + columns : 3;
        QJsonObject values;
        for (int i = 0; i < columns; ++i) {
            values.insert(table.columns.at(i), QJsonValue::fromVariant(query.value(loser + i)));
        }
        issue.lostValues = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
        result.append(issue);
    }
    return result;
}

void MergeStore::markCandidates(const MergeTableSpec& table)
{
    // A row with a missing key or time is a candidate, and validation then refuses it with its
    // reason (a NULL comparison is not "ours is newer or equal"). One key look-up per row says
    // both whether it is new or newer and whether we have it: the upsert's counts of new and
    // updated rows then read this table instead of looking every row of the file up again.
    Statement(m_target,
              QStringLiteral("INSERT OR IGNORE INTO temp.merge_candidates (table_name, source_rowid, existing) "
                             "SELECT %1, s.rowid, o.%3 IS NOT NULL FROM merge_source.%2 s LEFT JOIN main.%2 o ON %4 "
                             "WHERE NOT coalesce(o.updated_at >= s.updated_at, 0)")
                  .arg(quoteText(table.name),
                       quoteIdentifier(table.name),
                       quoteIdentifier(table.keyColumns.constFirst()),
                       keyMatch(table, QStringLiteral("o"), QStringLiteral("s"))))
        .exec();
}

MergeTableCounts MergeStore::upsert(const MergeTableSpec& table, QList<MergeIssue>& refused)
{
    const QString name = quoteIdentifier(table.name);
    const QString match = keyMatch(table, QStringLiteral("m"), QStringLiteral("s"));
    const QString accepted = MergeSchema::isCandidate(table, QStringLiteral("s")) + QStringLiteral(" AND ") +
                             MergeSchema::notRejected(table, QStringLiteral("s"));
    MergeTableCounts counts;
    {
        // A candidate we have is older than the file's (markCandidates): it is an update.
        Statement candidates(
            m_target,
            QStringLiteral("SELECT coalesce(sum(1 - c.existing), 0), coalesce(sum(c.existing), 0) "
                           "FROM temp.merge_candidates c JOIN merge_source.%1 s "
                           "ON s.rowid = c.source_rowid WHERE c.table_name = %2 AND %3")
                .arg(name, quoteText(table.name), MergeSchema::notRejected(table, QStringLiteral("s"))));
        candidates.exec();
        if (candidates.next()) {
            counts.inserted = int(candidates.integer(0));
            counts.updated = int(candidates.integer(1));
        }
    }
    if (counts.inserted == 0 && counts.updated == 0) {
        return counts;
    }
    QStringList columns;
    QStringList sourceColumns;
    QStringList assignments;
    QStringList keys;
    for (const QString& column : table.columns) {
        const QString q = quoteIdentifier(column);
        columns.append(q);
        sourceColumns.append(QStringLiteral("s.") + q);
        if (!table.keyColumns.contains(column)) {
            assignments.append(q + QStringLiteral(" = excluded.") + q);
        }
    }
    for (const QString& column : table.keyColumns) {
        keys.append(quoteIdentifier(column));
    }
    // Only rows that are new or newer (the candidates; nothing else has written this table
    // since they were found): older and equal versions are never written, so an older file
    // cannot overwrite newer data and a second import writes nothing. The conflict clause
    // keeps to the same rule.
    const QString sql = QStringLiteral("INSERT INTO main.%1 AS m (%2) SELECT %3 FROM merge_source.%1 s WHERE %4%5 "
                                       "ON CONFLICT (%6) DO UPDATE SET %7 WHERE excluded.updated_at > m.updated_at")
                            .arg(name,
                                 columns.join(QStringLiteral(", ")),
                                 sourceColumns.join(QStringLiteral(", ")),
                                 accepted,
                                 QStringLiteral("%1"),
                                 keys.join(QStringLiteral(", ")),
                                 assignments.isEmpty() ? QStringLiteral("updated_at = excluded.updated_at")
                                                       : assignments.join(QStringLiteral(", ")));
    try {
        Transaction attempt(m_target);
        Statement(m_target, sql.arg(QString())).exec();
        attempt.commit();
        return counts;
    } catch (const StorageError& error) {
        if (error.kind() != StorageError::Kind::Constraint) {
            throw;
        }
    }
    // Some row breaks a rule of the team file (a second strategy sheet for one deal, say):
    // take the rows one by one and leave out the ones refused.
    Statement candidates(m_target,
                         QStringLiteral("SELECT %1, s.updated_at, EXISTS (SELECT 1 FROM main.%2 m WHERE %3) "
                                        "FROM merge_source.%2 s WHERE %4 AND NOT EXISTS (SELECT 1 FROM main.%2 o "
                                        "WHERE %5 AND o.updated_at >= s.updated_at)")
                             .arg(table.keyExpression(QStringLiteral("s")),
                                  name,
                                  match,
                                  accepted,
                                  keyMatch(table, QStringLiteral("o"), QStringLiteral("s"))));
    candidates.exec();
    QList<std::tuple<QString, QString, bool>> rows;
    while (candidates.next()) {
        rows.append({candidates.text(0), candidates.text(1), candidates.integer(2) != 0});
    }
    counts = {};
    Statement one(
        m_target,
        sql.arg(QStringLiteral(" AND ") + table.keyExpression(QStringLiteral("s")) + QStringLiteral(" = :row_key")));
    for (const auto& [key, updatedAt, exists] : std::as_const(rows)) {
        try {
            Transaction attempt(m_target);
            one.bind(QStringLiteral(":row_key"), key).exec();
            attempt.commit();
            ++(exists ? counts.updated : counts.inserted);
        } catch (const StorageError& error) {
            if (error.kind() != StorageError::Kind::Constraint) {
                throw;
            }
            MergeIssue issue;
            issue.kind = MergeIssue::Kind::Rejected;
            issue.table = table.name;
            issue.rowKey = key;
            issue.sourceUpdatedAt = updatedAt;
            issue.reason = error.message();
            refused.append(issue);
        }
    }
    return counts;
}

QString MergeStore::sourceHighWater(const QList<MergeTableSpec>& tables) const
{
    QString highest;
    for (const MergeTableSpec& table : tables) {
        Statement query(m_target,
                        QStringLiteral("SELECT max(updated_at) FROM merge_source.") + quoteIdentifier(table.name));
        query.exec();
        if (query.next() && !query.isNull(0) && query.text(0) > highest) {
            highest = query.text(0);
        }
    }
    return highest;
}

std::optional<QString> MergeStore::lastHighWater(const QString& sourceKey) const
{
    Statement query(m_target,
                    QStringLiteral("SELECT max(source_high_water) FROM merge_imports WHERE source_key = :key AND "
                                   "deleted = 0"));
    query.bind(QStringLiteral(":key"), sourceKey).exec();
    if (query.next() && !query.isNull(0)) {
        return query.text(0);
    }
    return std::nullopt;
}

void MergeStore::writeLog(const MergeImportRecord& record, const QList<MergeIssue>& issues, const QString& now)
{
    Statement insert(
        m_target,
        QStringLiteral("INSERT INTO merge_imports (id, source_key, source_name, source_path, imported_at, "
                       "source_high_water, inserted, updated, conflicts, rejected, created_at, updated_at) "
                       "VALUES (:id, :key, :name, :path, :imported_at, :high_water, :inserted, :updated, "
                       ":conflicts, :rejected, :now, :now)"));
    insert.bind(QStringLiteral(":id"), record.id)
        .bind(QStringLiteral(":key"), record.sourceKey)
        .bindText(QStringLiteral(":name"), record.sourceName)
        .bindText(QStringLiteral(":path"), record.sourcePath)
        .bind(QStringLiteral(":imported_at"), Timestamp::toStorage(record.importedAt))
        .bindNullable(QStringLiteral(":high_water"), record.sourceHighWater)
        .bind(QStringLiteral(":inserted"), record.inserted)
        .bind(QStringLiteral(":updated"), record.updated)
        .bind(QStringLiteral(":conflicts"), record.conflicts)
        .bind(QStringLiteral(":rejected"), record.rejected)
        .bind(QStringLiteral(":now"), now)
        .exec();
    Statement issue(m_target,
                    QStringLiteral("INSERT INTO merge_issues (id, import_id, kind, table_name, row_id, "
                                   "local_updated_at, source_updated_at, winner, reason, lost_values, created_at, "
                                   "updated_at) VALUES (:id, :import_id, :kind, :table, :row, :local, :source, "
                                   ":winner, :reason, :lost, :now, :now)"));
    for (const MergeIssue& item : issues) {
        const QString winner = item.winner == MergeIssue::Winner::Local    ? QStringLiteral("local")
                               : item.winner == MergeIssue::Winner::Source ? QStringLiteral("source")
                                                                           : QString();
        issue.bind(QStringLiteral(":id"), Ids::newId())
            .bind(QStringLiteral(":import_id"), record.id)
            .bind(QStringLiteral(":kind"),
                  item.kind == MergeIssue::Kind::Conflict ? QStringLiteral("conflict") : QStringLiteral("rejected"))
            .bind(QStringLiteral(":table"), item.table)
            .bind(QStringLiteral(":row"), item.rowKey.left(200))
            .bindNullable(QStringLiteral(":local"), item.localUpdatedAt)
            .bindNullable(QStringLiteral(":source"), item.sourceUpdatedAt.left(40))
            .bindText(QStringLiteral(":winner"), winner)
            .bindText(QStringLiteral(":reason"), item.reason)
            .bindText(QStringLiteral(":lost"), item.lostValues)
            .bind(QStringLiteral(":now"), now)
            .exec();
    }
}
