// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Owner.h"

#include <QList>

#include <optional>

class Clock;
class Database;

class OwnerRepository final
{
public:
    OwnerRepository(Database& database, const Clock& clock);

    QList<Owner> owners() const; // non-deleted, by name
    std::optional<Owner> owner(const QString& id) const;
    Owner insert(Owner owner);
    void update(const Owner& owner);
    void remove(const QString& id);

private:
    Database& m_database;
    const Clock& m_clock;
};
