// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class Database;
class Statement;

// Rows of one table that hang off a parent (a sheet's stakeholders, a plan's departments),
// read and written as a list. Sheets are edited as whole documents (every undo step is a
// before/after pair), so writing compares the lists and touches only rows that are new,
// changed or moved, and tombstones rows that went away: unchanged rows keep their
// updated_at, which is what a merge of two reps' files compares.
struct RowTable
{
    QString table;
    QString parentColumn; // empty: a top-level table (all its rows are one list)
    QStringList columns;  // data columns, in the order of RowValues::values
    bool ordered = true;  // has a sort_order column kept equal to the position in the list
};

struct RowValues
{
    QString parentId;
    QString id;
    QVariantList values;
    // Filled by read(), ignored by write() (the store sets them).
    QString createdAt;
    QString updatedAt;
};

namespace RowSet {

// Non-deleted rows of the given parents (of all parents when `parentIds` is empty), by
// parent, then position.
QList<RowValues> read(const Database& database, const RowTable& table, const QStringList& parentIds);
// Makes the stored rows of `parentId` equal to `after`, given that they are `before` now.
// A row whose id exists as a tombstone is revived. Call inside a transaction.
void write(const Database& database,
           const QString& now,
           const RowTable& table,
           const QString& parentId,
           const QList<RowValues>& before,
           const QList<RowValues>& after);
void tombstone(const Database& database, const QString& now, const QString& table, const QString& id);
// The statement write() uses for a row that is new or changed (parameters :id, :parent,
// :sort_order, :v0..., :now), and the binding of one row at `position` in its list but :now.
QString upsertSql(const RowTable& table);
void bindRow(
    Statement& statement, const RowTable& table, const QString& parentId, qsizetype position, const RowValues& row);

// Value conversions shared by the row codecs: text columns are NOT NULL (null -> ''),
// optional values are NULL when absent, dates are ISO text.
QVariant text(const QString& value);
QVariant nullableText(const QString& value);
QVariant date(const QDate& value);
QVariant flag(bool value);
QVariant optionalInt(const std::optional<int>& value);
QVariant optionalInt64(const std::optional<qint64>& value);
QVariant optionalReal(const std::optional<double>& value);
QDate toDate(const QVariant& value);
std::optional<int> toOptionalInt(const QVariant& value);
std::optional<qint64> toOptionalInt64(const QVariant& value);
std::optional<double> toOptionalReal(const QVariant& value);

} // namespace RowSet
