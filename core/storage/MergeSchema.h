// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class Database;

// What the merge needs to know about one table, read from the team file's own schema (never
// from the imported file): columns, key, declared types, NOT NULL columns, foreign keys and
// CHECK expressions.
struct MergeTableSpec
{
    struct ForeignKey
    {
        QString column;
        QString parentTable;
        QString parentColumn;
    };

    QString name;
    QStringList columns;
    QStringList keyColumns;
    QHash<QString, QString> types; // declared type, upper case
    QSet<QString> notNull;
    QList<ForeignKey> foreignKeys;
    QStringList checks;

    bool hasColumn(const QString& column) const { return columns.contains(column); }
    // SQL for the row key of alias `a`: the key column, or the key columns joined by \x1f.
    QString keyExpression(const QString& alias) const;
};

namespace MergeSchema {

// The tables a merge carries across, parents before children: every table with
// updated_at and deleted, except the manager's own (workspace settings, reviews, quotas,
// merge log).
QList<MergeTableSpec> mergeableTables(const Database& database);
// Why the schema of `source` is not exactly that of `target` (an extra, missing or altered
// table, index, trigger or view); empty when they are identical. SQLite's own objects
// (sqlite_sequence, sqlite_stat*, automatic indexes) are ignored.
QString difference(const Database& source, const Database& target);
// The CHECK (...) expressions of a CREATE TABLE statement.
QStringList checkExpressions(const QString& createTableSql);
// SQL that is true for the rows of the attached source (alias `alias`) that validation did
// not reject (temp.merge_rejects).
QString notRejected(const MergeTableSpec& table, const QString& alias);
// SQL that is true for the rows of the source that MergeStore::markCandidates() found new or
// newer than ours: the only rows a merge can write, so the only rows worth checking.
QString isCandidate(const MergeTableSpec& table, const QString& alias);
// An identifier or text as an SQL literal.
QString quoteIdentifier(const QString& name);
QString quoteText(const QString& text);

} // namespace MergeSchema
