// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeSchema.h"

#include "Database.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace {
// The manager's tables: a team member's file must not change them.
const QStringList kExcluded = {QStringLiteral("workspace_meta"),
                               QStringLiteral("review_snapshots"),
                               QStringLiteral("review_snapshot_deals"),
                               QStringLiteral("review_snapshot_forecasts"),
                               QStringLiteral("review_notes"),
                               QStringLiteral("quotas"),
                               QStringLiteral("merge_imports"),
                               QStringLiteral("merge_issues")};

MergeTableSpec specOf(const Database& database, const QString& table, const QString& sql)
{
    MergeTableSpec spec;
    spec.name = table;
    QMap<int, QString> key;
    Statement info(database, QStringLiteral("PRAGMA main.table_info(") + MergeSchema::quoteIdentifier(table) + u')');
    info.exec();
    while (info.next()) {
        const QString column = info.text(1);
        spec.columns.append(column);
        spec.types.insert(column, info.text(2).toUpper());
        if (info.integer(3) != 0) {
            spec.notNull.insert(column);
        }
        if (info.integer(5) > 0) {
            key.insert(int(info.integer(5)), column);
        }
    }
    spec.keyColumns = key.values();
    Statement keys(database,
                   QStringLiteral("PRAGMA main.foreign_key_list(") + MergeSchema::quoteIdentifier(table) + u')');
    keys.exec();
    while (keys.next()) {
        spec.foreignKeys.append(MergeTableSpec::ForeignKey{keys.text(3), keys.text(2), keys.text(4)});
    }
    spec.checks = MergeSchema::checkExpressions(sql);
    return spec;
}
} // namespace

QString MergeTableSpec::keyExpression(const QString& alias) const
{
    QStringList parts;
    for (const QString& column : keyColumns) {
        parts.append(alias + u'.' + MergeSchema::quoteIdentifier(column));
    }
    return parts.join(QStringLiteral(" || char(31) || "));
}

namespace MergeSchema {

QString quoteIdentifier(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString quoteText(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

QString notRejected(const MergeTableSpec& table, const QString& alias)
{
    return QStringLiteral("(") + table.keyExpression(alias) +
           QStringLiteral(") NOT IN (SELECT row_key FROM temp.merge_rejects WHERE table_name = ") +
           quoteText(table.name) + u')';
}

QString isCandidate(const MergeTableSpec& table, const QString& alias)
{
    return alias + QStringLiteral(".rowid IN (SELECT source_rowid FROM temp.merge_candidates WHERE table_name = ") +
           quoteText(table.name) + u')';
}

QStringList checkExpressions(const QString& sql)
{
    QStringList result;
    qsizetype at = 0;
    while ((at = sql.indexOf(QLatin1String("CHECK"), at, Qt::CaseInsensitive)) >= 0) {
        const bool wordStart = at == 0 || !(sql.at(at - 1).isLetterOrNumber() || sql.at(at - 1) == u'_');
        at += 5;
        if (!wordStart) {
            continue;
        }
        while (at < sql.size() && sql.at(at).isSpace()) {
            ++at;
        }
        if (at >= sql.size() || sql.at(at) != u'(') {
            continue;
        }
        int depth = 0;
        bool quoted = false;
        const qsizetype open = at;
        for (; at < sql.size(); ++at) {
            const QChar c = sql.at(at);
            if (c == u'\'') {
                quoted = !quoted;
            } else if (!quoted && c == u'(') {
                ++depth;
            } else if (!quoted && c == u')' && --depth == 0) {
                break;
            }
        }
        if (at < sql.size()) {
            result.append(sql.mid(open + 1, at - open - 1).simplified());
        }
    }
    return result;
}

QList<MergeTableSpec> mergeableTables(const Database& database)
{
    QMap<QString, MergeTableSpec> specs;
    Statement tables(database,
                     QStringLiteral("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    tables.exec();
    QList<std::pair<QString, QString>> found;
    while (tables.next()) {
        found.append({tables.text(0), tables.text(1)});
    }
    for (const auto& [name, sql] : found) {
        if (kExcluded.contains(name)) {
            continue;
        }
        MergeTableSpec spec = specOf(database, name, sql);
        if (spec.hasColumn(QStringLiteral("updated_at")) && spec.hasColumn(QStringLiteral("deleted")) &&
            !spec.keyColumns.isEmpty()) {
            specs.insert(name, spec);
        }
    }
    // Parents first, so every insert finds the rows it refers to; cycles keep name order.
    QList<MergeTableSpec> ordered;
    QSet<QString> placed;
    while (placed.size() < specs.size()) {
        bool progress = false;
        for (const MergeTableSpec& spec : std::as_const(specs)) {
            if (placed.contains(spec.name)) {
                continue;
            }
            const bool ready = std::all_of(spec.foreignKeys.cbegin(), spec.foreignKeys.cend(), [&](const auto& fk) {
                return fk.parentTable == spec.name || !specs.contains(fk.parentTable) ||
                       placed.contains(fk.parentTable);
            });
            if (ready) {
                ordered.append(spec);
                placed.insert(spec.name);
                progress = true;
            }
        }
        if (!progress) {
            for (const MergeTableSpec& spec : std::as_const(specs)) {
                if (!placed.contains(spec.name)) {
                    ordered.append(spec);
                    placed.insert(spec.name);
                }
            }
        }
    }
    return ordered;
}

QString difference(const Database& source, const Database& target)
{
    auto objects = [](const Database& database) {
        QMap<QString, QString> result;
        Statement query(database,
                        QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM main.sqlite_schema "
                                       "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
        query.exec();
        while (query.next()) {
            result.insert(query.text(0) + u' ' + query.text(1), query.text(2) + u'\n' + query.text(3).simplified());
        }
        return result;
    };
    const QMap<QString, QString> theirs = objects(source);
    const QMap<QString, QString> ours = objects(target);
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        if (!ours.contains(it.key())) {
            return QCoreApplication::translate("Merge", "it contains an unexpected %1").arg(it.key());
        }
        if (ours.value(it.key()) != it.value()) {
            return QCoreApplication::translate("Merge", "its %1 differs from this version's").arg(it.key());
        }
    }
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        if (!theirs.contains(it.key())) {
            return QCoreApplication::translate("Merge", "it lacks the %1").arg(it.key());
        }
    }
    return {};
}

} // namespace MergeSchema
