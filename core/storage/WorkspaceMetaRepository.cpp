// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceMetaRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"

WorkspaceMetaRepository::WorkspaceMetaRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QString WorkspaceMetaRepository::value(const QString& key, const QString& fallback) const
{
    Statement query(m_database, QStringLiteral("SELECT value FROM workspace_meta WHERE key = :key AND deleted = 0"));
    query.bind(QStringLiteral(":key"), key).exec();
    return query.next() ? query.text(0) : fallback;
}

void WorkspaceMetaRepository::setValue(const QString& key, const QString& value)
{
    const QString now = storageNow(m_clock);
    Statement upsert(m_database,
                     QStringLiteral("INSERT INTO workspace_meta (key, value, created_at, updated_at, deleted) "
                                    "VALUES (:key, :value, :now, :now, 0) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                                    "updated_at = excluded.updated_at, deleted = 0"));
    upsert.bind(QStringLiteral(":key"), key).bindText(QStringLiteral(":value"), value);
    upsert.bind(QStringLiteral(":now"), now).exec();
}

QString WorkspaceMetaRepository::baseCurrency() const
{
    return value(QStringLiteral("base_currency"), QStringLiteral("USD"));
}

void WorkspaceMetaRepository::setBaseCurrency(const QString& currency)
{
    setValue(QStringLiteral("base_currency"), currency);
}

QString WorkspaceMetaRepository::name() const
{
    return value(QStringLiteral("name"));
}

void WorkspaceMetaRepository::setName(const QString& name)
{
    setValue(QStringLiteral("name"), name);
}
