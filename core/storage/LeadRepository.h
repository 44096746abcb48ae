// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Lead.h"

#include <QList>

#include <optional>

class Clock;
class Database;

class LeadRepository final
{
public:
    LeadRepository(Database& database, const Clock& clock);

    QList<Lead> leads() const;
    std::optional<Lead> lead(const QString& id) const;
    Lead insert(Lead lead);
    void update(const Lead& lead);
    void remove(const QString& id);

private:
    Database& m_database;
    const Clock& m_clock;
};
