// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowSet.h"

#include "Database.h"
#include "Statement.h"

#include "core/util/Timestamp.h"

#include <QHash>
#include <QSet>

namespace {
// SQLite's default limit on host parameters is 32766 since 3.32; stay far below it.
constexpr qsizetype kParentsPerQuery = 500;

QString selectSql(const RowTable& table, qsizetype parents)
{
    const bool hasParent = !table.parentColumn.isEmpty();
    QString sql = QStringLiteral("SELECT ") + (hasParent ? table.parentColumn : QStringLiteral("''")) +
                  QStringLiteral(", id, created_at, updated_at");
    for (const QString& column : table.columns) {
        sql += QStringLiteral(", ") + column;
    }
    sql += QStringLiteral(" FROM ") + table.table + QStringLiteral(" WHERE deleted = 0");
    if (hasParent && parents > 0) {
        sql += QStringLiteral(" AND ") + table.parentColumn + QStringLiteral(" IN (");
        for (qsizetype i = 0; i < parents; ++i) {
            sql += (i ? QStringLiteral(", :p") : QStringLiteral(":p")) + QString::number(i);
        }
        sql += u')';
    }
    QStringList order;
    if (hasParent) {
        order << table.parentColumn;
    }
    if (table.ordered) {
        order << QStringLiteral("sort_order");
    }
    order << QStringLiteral("id");
    return sql + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
}

void readInto(QList<RowValues>& rows, const Database& database, const RowTable& table, const QStringList& parents)
{
    Statement query(database, selectSql(table, parents.size()));
    for (qsizetype i = 0; i < parents.size(); ++i) {
        query.bind(QStringLiteral(":p") + QString::number(i), parents[i]);
    }
    query.exec();
    const int columns = static_cast<int>(table.columns.size());
    while (query.next()) {
        RowValues row;
        row.parentId = query.text(0);
        row.id = query.text(1);
        row.createdAt = query.text(2);
        row.updatedAt = query.text(3);
        row.values.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            row.values.append(query.value(c + 4));
        }
        rows.append(std::move(row));
    }
}

} // namespace

namespace RowSet {

QString upsertSql(const RowTable& table)
{
    QStringList names{QStringLiteral("id")};
    QStringList values{QStringLiteral(":id")};
    QStringList updates;
    const auto add = [&](const QString& column, const QString& placeholder) {
        names << column;
        values << placeholder;
        updates << column + QStringLiteral(" = excluded.") + column;
    };
    if (!table.parentColumn.isEmpty()) {
        add(table.parentColumn, QStringLiteral(":parent"));
    }
    if (table.ordered) {
        add(QStringLiteral("sort_order"), QStringLiteral(":sort_order"));
    }
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        add(table.columns[i], QStringLiteral(":v") + QString::number(i));
    }
    // ON CONFLICT ... DO UPDATE is spelled the same in SQLite (3.24+) and PostgreSQL.
    return QStringLiteral("INSERT INTO ") + table.table + QStringLiteral(" (") + names.join(QStringLiteral(", ")) +
           QStringLiteral(", created_at, updated_at, deleted) VALUES (") + values.join(QStringLiteral(", ")) +
           QStringLiteral(", :now, :now, 0) ON CONFLICT(id) DO UPDATE SET ") + updates.join(QStringLiteral(", ")) +
           QStringLiteral(", updated_at = excluded.updated_at, deleted = 0");
}
void bindRow(
    Statement& statement, const RowTable& table, const QString& parentId, qsizetype position, const RowValues& row)
{
    statement.bind(QStringLiteral(":id"), row.id);
    if (!table.parentColumn.isEmpty()) {
        statement.bind(QStringLiteral(":parent"), parentId);
    }
    if (table.ordered) {
        statement.bind(QStringLiteral(":sort_order"), static_cast<qint64>(position));
    }
    for (qsizetype c = 0; c < row.values.size(); ++c) {
        statement.bind(QStringLiteral(":v") + QString::number(c), row.values[c]);
    }
}

QList<RowValues> read(const Database& database, const RowTable& table, const QStringList& parentIds)
{
    QList<RowValues> rows;
    if (parentIds.isEmpty() || table.parentColumn.isEmpty()) {
        readInto(rows, database, table, {});
        return rows;
    }
    for (qsizetype start = 0; start < parentIds.size(); start += kParentsPerQuery) {
        readInto(rows, database, table, parentIds.mid(start, kParentsPerQuery));
    }
    return rows;
}

void write(const Database& database,
           const QString& now,
           const RowTable& table,
           const QString& parentId,
           const QList<RowValues>& before,
           const QList<RowValues>& after)
{
    QHash<QString, qsizetype> beforeIndex;
    for (qsizetype i = 0; i < before.size(); ++i) {
        beforeIndex.insert(before[i].id, i);
    }
    QSet<QString> kept;
    std::optional<Statement> upsert;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const RowValues& row = after[i];
        kept.insert(row.id);
        const auto found = beforeIndex.constFind(row.id);
        const bool moved = table.ordered && found != beforeIndex.constEnd() && *found != i;
        if (found != beforeIndex.constEnd() && !moved && before[*found].values == row.values) {
            continue;
        }
        if (!upsert) {
            upsert.emplace(database, upsertSql(table));
        }
        bindRow(*upsert, table, parentId, i, row);
        upsert->bind(QStringLiteral(":now"), now).exec();
    }
    for (const RowValues& row : before) {
        if (!kept.contains(row.id)) {
            tombstone(database, now, table.table, row.id);
        }
    }
}

void tombstone(const Database& database, const QString& now, const QString& table, const QString& id)
{
    Statement update(database,
                     QStringLiteral("UPDATE ") + table +
                         QStringLiteral(" SET deleted = 1, updated_at = :now WHERE id = :id AND deleted = 0"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), now).exec();
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullableText(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(Timestamp::dateToStorage(value)) : QVariant();
}

QVariant flag(bool value)
{
    return QVariant(value ? 1 : 0);
}

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalInt64(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalReal(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : Timestamp::dateFromStorage(value.toString());
}

std::optional<int> toOptionalInt(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toInt();
}

std::optional<qint64> toOptionalInt64(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

std::optional<double> toOptionalReal(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toDouble();
}

} // namespace RowSet
