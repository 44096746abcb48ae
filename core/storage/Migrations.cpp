// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Database.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace {
// Append new migrations here; never edit or reorder a released one.
const char* const kMigrationFiles[] = {
    ":/migrations/0001_initial.sql",
    ":/migrations/0002_rep_tables.sql",
    ":/migrations/0003_board_indexes.sql",
    ":/migrations/0004_review.sql",
    ":/migrations/0005_goals.sql",
    ":/migrations/0006_chart_indexes.sql",
    ":/migrations/0007_imports.sql",
    ":/migrations/0008_rep_screen_indexes.sql",
    ":/migrations/0009_event_time_cover.sql",
    ":/migrations/0010_board_age_index.sql",
    ":/migrations/0011_deal_spans_cover.sql",
    ":/migrations/0012_covering_partial_indexes.sql",
    ":/migrations/0013_closed_deal_covers.sql",
    ":/migrations/0014_funnel_read_covers.sql",
    ":/migrations/0015_unused_deal_indexes.sql",
};

QStringList statementsOf(const QString& script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty()) {
            continue;
        }
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}
} // namespace

namespace Migrations {

int latestVersion()
{
    return static_cast<int>(std::size(kMigrationFiles));
}

void migrate(Database& database)
{
    const int from = database.schemaVersion();
    for (int version = from + 1; version <= latestVersion(); ++version) {
        QFile file(QString::fromLatin1(kMigrationFiles[version - 1]));
        if (!file.open(QIODevice::ReadOnly)) {
            throw StorageError(
                StorageError::Kind::QueryFailed,
                QCoreApplication::translate("Storage", "Schema migration %1 is missing from the program.")
                    .arg(version));
        }
        const QString script = QString::fromUtf8(file.readAll());
        Transaction transaction(database);
        for (const QString& sql : statementsOf(script)) {
            Statement::run(database, sql);
        }
        if (version == 1) {
            Statement::run(database, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        }
        Statement::run(database, QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

} // namespace Migrations
