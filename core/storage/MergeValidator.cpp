// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeValidator.h"

#include "Database.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using MergeSchema::quoteIdentifier;
using MergeSchema::quoteText;

namespace {
// Text longer than this is refused: no field of ours needs it, and a huge value is how a
// crafted file would try to exhaust memory.
constexpr int kMaxTextLength = 100000;
// |amount| in minor units; a million deals at this size still add up within 64 bits.
constexpr qint64 kMaxMinorUnits = 1000000000000LL;
constexpr int kEarliestYear = 1900;
constexpr int kLatestYear = 2200;

bool isDateColumn(const QString& column)
{
    return column.endsWith(QLatin1String("_date")) || column.endsWith(QLatin1String("_due")) ||
           column.endsWith(QLatin1String("_done")) || column.endsWith(QLatin1String("_on")) ||
           column == QLatin1String("valid_from") || column == QLatin1String("objective_by");
}

bool isKeyColumn(const MergeTableSpec& table, const QString& column)
{
    if (table.keyColumns.contains(column)) {
        return true;
    }
    return std::any_of(table.foreignKeys.cbegin(), table.foreignKeys.cend(), [&column](const auto& fk) {
        return fk.column == column;
    });
}

QString uuidGlob()
{
    const QString hex = QStringLiteral("[0-9a-fA-F]");
    return hex.repeated(8) + u'-' + hex.repeated(4) + u'-' + hex.repeated(4) + u'-' + hex.repeated(4) + u'-' +
           hex.repeated(12);
}

} // namespace

MergeValidator::MergeValidator(Database& target)
    : m_target(target)
{}

int MergeValidator::rejectInvalid(const MergeTableSpec& table, const QString& latestAllowed)
{
    QList<std::pair<QString, QString>> rules; // condition on alias s, reason
    const QString glob = quoteText(uuidGlob());
    for (const QString& column : table.columns) {
        const QString q = QStringLiteral("s.") + quoteIdentifier(column);
        const QString type = table.types.value(column);
        if (table.notNull.contains(column)) {
            rules.append({q + QStringLiteral(" IS NULL"), tr("%1 is missing").arg(column)});
        }
        if (type == QLatin1String("TEXT")) {
            rules.append(
                {QStringLiteral("typeof(%1) NOT IN ('text', 'null')").arg(q), tr("%1 is not text").arg(column)});
            rules.append(
                {QStringLiteral("length(%1) > %2").arg(q).arg(kMaxTextLength), tr("%1 is too long").arg(column)});
        } else if (type == QLatin1String("INTEGER")) {
            rules.append({QStringLiteral("typeof(%1) NOT IN ('integer', 'null')").arg(q),
                          tr("%1 is not a whole number").arg(column)});
        } else if (type == QLatin1String("REAL")) {
            rules.append({QStringLiteral("typeof(%1) NOT IN ('real', 'integer', 'null')").arg(q),
                          tr("%1 is not a number").arg(column)});
        }
        if (type == QLatin1String("TEXT") && isKeyColumn(table, column)) {
            rules.append({QStringLiteral("%1 IS NOT NULL AND NOT (length(%1) = 36 AND %1 GLOB %2)").arg(q, glob),
                          tr("%1 is not a valid id").arg(column)});
        }
        // SQLite's date functions pass 30 February through unchanged unless a modifier makes
        // them compute; '+0 days' normalises it, so an impossible day no longer equals itself.
        if (type == QLatin1String("TEXT") && column.endsWith(QLatin1String("_at"))) {
            rules.append(
                {QStringLiteral("%1 IS NOT NULL AND NOT (%1 GLOB "
                                "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]*' "
                                "AND strftime('%Y-%m-%dT%H:%M:%S', %1, '+0 days') IS substr(%1, 1, 19))")
                     .arg(q),
                 tr("%1 is not a valid time").arg(column)});
        }
        if (column == QLatin1String("updated_at") || column == QLatin1String("created_at")) {
            // A row stamped in the future would win every later merge.
            rules.append(
                {q + QStringLiteral(" > ") + quoteText(latestAllowed), tr("%1 lies in the future").arg(column)});
        }
        if (type == QLatin1String("TEXT") && isDateColumn(column)) {
            rules.append(
                // No date is NULL; Dealbench never writes '' (it would sort before every date).
                {QStringLiteral("%1 IS NOT NULL AND NOT (length(%1) = 10 AND date(%1, '+0 days') IS %1)").arg(q),
                 tr("%1 is not a valid date").arg(column)});
        }
        if (column.endsWith(QLatin1String("_minor"))) {
            rules.append(
                {QStringLiteral("abs(%1) > %2").arg(q).arg(kMaxMinorUnits), tr("%1 is out of range").arg(column)});
            // Amounts and targets are never negative (DealValidation refuses them on entry too).
            rules.append({q + QStringLiteral(" < 0"), tr("%1 is negative").arg(column)});
        }
        // Far past or future dates are typing or conversion errors that would stretch every
        // chart's time axis; the same range the services accept.
        if (type == QLatin1String("TEXT") && (isDateColumn(column) || column.endsWith(QLatin1String("_at")))) {
            rules.append({QStringLiteral("%1 IS NOT NULL AND %1 <> '' AND substr(%1, 1, 4) NOT BETWEEN '%2' AND '%3'")
                              .arg(q)
                              .arg(kEarliestYear)
                              .arg(kLatestYear),
                          tr("%1 is before %2 or after %3").arg(column).arg(kEarliestYear).arg(kLatestYear)});
        }
        if (column == QLatin1String("currency") || column.endsWith(QLatin1String("_currency"))) {
            rules.append({QStringLiteral("%1 IS NOT NULL AND %1 <> '' AND NOT (%1 GLOB '[A-Z][A-Z][A-Z]')").arg(q),
                          tr("%1 is not a currency code").arg(column)});
        }
        if (column == QLatin1String("deleted")) {
            rules.append({q + QStringLiteral(" NOT IN (0, 1)"), tr("deleted is neither 0 nor 1")});
        }
    }
    for (const QString& check : table.checks) {
        rules.append({QStringLiteral("NOT coalesce((%1), 1)").arg(check), tr("breaks the rule %1").arg(check)});
    }
    QString cases;
    for (const auto& [condition, reason] : std::as_const(rules)) {
        cases += QStringLiteral(" WHEN ") + condition + QStringLiteral(" THEN ") + quoteText(reason);
    }
    Statement reject(
        m_target,
        QStringLiteral("INSERT OR IGNORE INTO temp.merge_rejects (table_name, row_key, reason) "
                       "SELECT %1, row_key, reason FROM (SELECT coalesce(%2, 'rowid ' || s.rowid) AS "
                       "row_key, CASE%3 END AS reason FROM merge_source.%4 s WHERE %5) WHERE reason IS NOT NULL")
            .arg(quoteText(table.name),
                 table.keyExpression(QStringLiteral("s")),
                 cases,
                 quoteIdentifier(table.name),
                 MergeSchema::isCandidate(table, QStringLiteral("s"))));
    reject.exec();
    return reject.rowsAffected();
}

int MergeValidator::rejectDanglingReferences(const QList<MergeTableSpec>& tables)
{
    QSet<QString> mergeable;
    for (const MergeTableSpec& table : tables) {
        mergeable.insert(table.name);
    }
    int total = 0;
    for (const MergeTableSpec& table : tables) {
        for (const MergeTableSpec::ForeignKey& fk : table.foreignKeys) {
            const QString column = QStringLiteral("s.") + quoteIdentifier(fk.column);
            const QString parent = quoteIdentifier(fk.parentTable);
            const QString parentColumn = quoteIdentifier(fk.parentColumn);
            QString inSource;
            if (mergeable.contains(fk.parentTable)) {
                inSource = QStringLiteral(" AND (NOT EXISTS (SELECT 1 FROM merge_source.%1 q WHERE q.%2 = %3) OR %3 IN "
                                          "(SELECT row_key FROM temp.merge_rejects WHERE table_name = %4))")
                               .arg(parent, parentColumn, column, quoteText(fk.parentTable));
            }
            Statement reject(
                m_target,
                QStringLiteral("INSERT OR IGNORE INTO temp.merge_rejects (table_name, row_key, reason) "
                               "SELECT %1, %2, %3 FROM merge_source.%4 s WHERE %5 IS NOT NULL AND %6 AND %10 "
                               "AND NOT EXISTS (SELECT 1 FROM main.%7 p WHERE p.%8 = %5)%9")
                    .arg(
                        quoteText(table.name),
                        table.keyExpression(QStringLiteral("s")),
                        quoteText(
                            tr("%1 refers to a %2 row that is missing or was left out").arg(fk.column, fk.parentTable)),
                        quoteIdentifier(table.name),
                        column,
                        MergeSchema::notRejected(table, QStringLiteral("s")),
                        parent,
                        parentColumn,
                        inSource,
                        MergeSchema::isCandidate(table, QStringLiteral("s"))));
            reject.exec();
            total += reject.rowsAffected();
        }
    }
    return total;
}

QList<MergeIssue> MergeValidator::rejected() const
{
    QList<MergeIssue> result;
    Statement query(m_target,
                    QStringLiteral("SELECT table_name, row_key, reason FROM temp.merge_rejects ORDER BY table_name, "
                                   "row_key"));
    query.exec();
    while (query.next()) {
        MergeIssue issue;
        issue.kind = MergeIssue::Kind::Rejected;
        issue.table = query.text(0);
        issue.rowKey = query.text(1);
        issue.reason = query.text(2);
        result.append(issue);
    }
    return result;
}
