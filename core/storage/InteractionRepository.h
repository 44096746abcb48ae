// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QList>

#include <optional>

class Clock;
class Database;

// Behaviour-table rows and the contacts met in each.
class InteractionRepository final
{
public:
    InteractionRepository(Database& database, const Clock& clock);

    std::optional<Interaction> interaction(const QString& id) const;
    QList<Interaction> forDeal(const QString& dealId) const;
    // Interactions of an owner scheduled in [from, to), in time order.
    QList<Interaction> forOwner(const QString& ownerId, const QDateTime& from, const QDateTime& to) const;
    Interaction insert(Interaction interaction);
    void update(const Interaction& interaction);
    void remove(const QString& id);

private:
    QList<Interaction> select(const QString& where, const QList<std::pair<QString, QVariant>>& binds) const;
    void writeContacts(const Interaction& interaction, const QString& now);

    Database& m_database;
    const Clock& m_clock;
};
