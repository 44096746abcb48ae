// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Clock;
class Database;

// Workspace-wide values: name, base currency.
class WorkspaceMetaRepository final
{
public:
    WorkspaceMetaRepository(Database& database, const Clock& clock);

    QString value(const QString& key, const QString& fallback = {}) const;
    void setValue(const QString& key, const QString& value);

    QString baseCurrency() const;
    void setBaseCurrency(const QString& currency);
    QString name() const;
    void setName(const QString& name);

private:
    Database& m_database;
    const Clock& m_clock;
};
