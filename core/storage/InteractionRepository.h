// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QList>

#include <optional>

class Clock;
class Database;

// Which interactions a behaviour-table view shows; empty fields do not filter.
struct InteractionFilter
{
    QString id; // one interaction (a view refreshing a row it shows)
    QString ownerId;
    QString dealId;
    QString accountId;
    QDateTime from; // scheduled_at >= from
    QDateTime to;   // scheduled_at < to
    std::optional<InteractionType> type;
    std::optional<InteractionOutcome> outcome;
    int limit = 0; // 0: no limit
};

// An interaction with the names a table shows beside it.
struct InteractionListing
{
    Interaction interaction;
    QString ownerName;
    QString dealName;
    QString accountName;
    QStringList contactNames; // in the order of interaction.contactIds
};

// Behaviour-table rows and the contacts met in each.
class InteractionRepository final
{
public:
    InteractionRepository(Database& database, const Clock& clock);

    std::optional<Interaction> interaction(const QString& id) const;
    QList<Interaction> forDeal(const QString& dealId) const;
    // Interactions of an owner scheduled in [from, to), in time order.
    QList<Interaction> forOwner(const QString& ownerId, const QDateTime& from, const QDateTime& to) const;
    // Matching interactions in time order, with owner, deal, account and contact names.
    QList<InteractionListing> list(const InteractionFilter& filter) const;
    Interaction insert(Interaction interaction);
    void update(const Interaction& interaction);
    void remove(const QString& id);
    // Puts back a removed interaction exactly as given (undo of a removal).
    void restore(const Interaction& interaction);

private:
    QList<Interaction> select(const QString& where, const QList<std::pair<QString, QVariant>>& binds) const;
    void writeContacts(const Interaction& interaction, const QString& now);

    Database& m_database;
    const Clock& m_clock;
};
