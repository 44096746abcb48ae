// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"
#include "Transaction.h"

#include "core/util/Ids.h"

#include <QHash>

namespace {
const QString kColumns = QStringLiteral(
    "id, owner_id, deal_id, account_id, scheduled_at, type, appointment_state, how_secured, objective_best, "
    "objective_minimum, conversation_logic, customer_needs, advantages, outcome, commitment, next_step, "
    "next_step_date, coach_note, rating_planning, rating_questioning, rating_value, rating_objections, "
    "rating_commitment, reviewed_at, created_at, updated_at");

std::optional<int> ratingAt(const Statement& row, int column)
{
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return static_cast<int>(row.integer(column));
}

QVariant ratingValue(const std::optional<int>& rating)
{
    return rating ? QVariant(*rating) : QVariant();
}

Interaction interactionFrom(const Statement& row)
{
    Interaction i;
    i.id = row.text(0);
    i.ownerId = row.text(1);
    i.dealId = row.text(2);
    i.accountId = row.text(3);
    i.scheduledAt = Timestamp::fromStorage(row.text(4));
    i.type = interactionTypeFromKey(row.text(5));
    i.appointmentState = appointmentStateFromKey(row.text(6));
    i.howSecured = row.text(7);
    i.objectiveBest = row.text(8);
    i.objectiveMinimum = row.text(9);
    i.conversationLogic = row.text(10);
    i.customerNeeds = row.text(11);
    i.advantages = row.text(12);
    i.outcome = interactionOutcomeFromKey(row.text(13));
    i.commitment = row.text(14);
    i.nextStep = row.text(15);
    i.nextStepDate = Timestamp::dateFromStorage(row.text(16));
    i.coachNote = row.text(17);
    i.ratings.planning = ratingAt(row, 18);
    i.ratings.questioning = ratingAt(row, 19);
    i.ratings.presentingValue = ratingAt(row, 20);
    i.ratings.handlingObjections = ratingAt(row, 21);
    i.ratings.gainingCommitment = ratingAt(row, 22);
    i.reviewedAt = Timestamp::fromStorage(row.text(23));
    i.createdAt = Timestamp::fromStorage(row.text(24));
    i.updatedAt = Timestamp::fromStorage(row.text(25));
    return i;
}

void bindInteraction(Statement& s, const Interaction& i)
{
    s.bind(QStringLiteral(":id"), i.id)
        .bindNullable(QStringLiteral(":owner_id"), i.ownerId)
        .bindNullable(QStringLiteral(":deal_id"), i.dealId)
        .bindNullable(QStringLiteral(":account_id"), i.accountId)
        .bind(QStringLiteral(":scheduled_at"), Timestamp::toStorage(i.scheduledAt))
        .bind(QStringLiteral(":type"), interactionTypeKey(i.type))
        .bind(QStringLiteral(":appointment_state"), appointmentStateKey(i.appointmentState))
        .bindText(QStringLiteral(":how_secured"), i.howSecured)
        .bindText(QStringLiteral(":objective_best"), i.objectiveBest)
        .bindText(QStringLiteral(":objective_minimum"), i.objectiveMinimum)
        .bindText(QStringLiteral(":conversation_logic"), i.conversationLogic)
        .bindText(QStringLiteral(":customer_needs"), i.customerNeeds)
        .bindText(QStringLiteral(":advantages"), i.advantages)
        .bindText(QStringLiteral(":outcome"), interactionOutcomeKey(i.outcome))
        .bindText(QStringLiteral(":commitment"), i.commitment)
        .bindText(QStringLiteral(":next_step"), i.nextStep)
        .bindNullable(QStringLiteral(":next_step_date"), Timestamp::dateToStorage(i.nextStepDate))
        .bindText(QStringLiteral(":coach_note"), i.coachNote)
        .bind(QStringLiteral(":rating_planning"), ratingValue(i.ratings.planning))
        .bind(QStringLiteral(":rating_questioning"), ratingValue(i.ratings.questioning))
        .bind(QStringLiteral(":rating_value"), ratingValue(i.ratings.presentingValue))
        .bind(QStringLiteral(":rating_objections"), ratingValue(i.ratings.handlingObjections))
        .bind(QStringLiteral(":rating_commitment"), ratingValue(i.ratings.gainingCommitment))
        .bindNullable(QStringLiteral(":reviewed_at"), Timestamp::toStorage(i.reviewedAt));
}
} // namespace

InteractionRepository::InteractionRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<Interaction> InteractionRepository::select(const QString& where,
                                                 const QList<std::pair<QString, QVariant>>& binds) const
{
    QList<Interaction> result;
    Statement query(m_database,
                    QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM interactions WHERE deleted = 0 AND ") +
                        where + QStringLiteral(" ORDER BY scheduled_at, id"));
    for (const auto& [name, value] : binds) {
        query.bind(name, value);
    }
    query.exec();
    while (query.next()) {
        result.append(interactionFrom(query));
    }
    if (result.isEmpty()) {
        return result;
    }
    // One query for the contacts of all rows, not one per row.
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < result.size(); ++i) {
        index.insert(result[i].id, i);
    }
    Statement contacts(m_database,
                       QStringLiteral("SELECT interaction_id, contact_id FROM interaction_contacts WHERE deleted = 0 "
                                      "AND interaction_id IN (SELECT id FROM interactions WHERE deleted = 0 AND ") +
                           where + QStringLiteral(") ORDER BY interaction_id, contact_id"));
    for (const auto& [name, value] : binds) {
        contacts.bind(name, value);
    }
    contacts.exec();
    while (contacts.next()) {
        const auto found = index.constFind(contacts.text(0));
        if (found != index.constEnd()) {
            result[*found].contactIds.append(contacts.text(1));
        }
    }
    return result;
}

QList<InteractionListing> InteractionRepository::list(const InteractionFilter& filter) const
{
    QStringList conditions{QStringLiteral("i.deleted = 0")};
    QList<std::pair<QString, QVariant>> binds;
    const auto add = [&](const QString& condition, const QString& name, const QVariant& value) {
        conditions << condition;
        binds.append({name, value});
    };
    if (!filter.id.isEmpty()) {
        add(QStringLiteral("i.id = :id"), QStringLiteral(":id"), filter.id);
    }
    if (!filter.ownerId.isEmpty()) {
        add(QStringLiteral("i.owner_id = :owner"), QStringLiteral(":owner"), filter.ownerId);
    }
    if (!filter.dealId.isEmpty()) {
        add(QStringLiteral("i.deal_id = :deal"), QStringLiteral(":deal"), filter.dealId);
    }
    if (!filter.accountId.isEmpty()) {
        add(QStringLiteral("i.account_id = :account"), QStringLiteral(":account"), filter.accountId);
    }
    if (filter.from.isValid()) {
        add(QStringLiteral("i.scheduled_at >= :from"), QStringLiteral(":from"), Timestamp::toStorage(filter.from));
    }
    if (filter.to.isValid()) {
        add(QStringLiteral("i.scheduled_at < :to"), QStringLiteral(":to"), Timestamp::toStorage(filter.to));
    }
    if (filter.type) {
        add(QStringLiteral("i.type = :type"), QStringLiteral(":type"), interactionTypeKey(*filter.type));
    }
    if (filter.outcome) {
        // Not reviewed is stored as '', which must not be bound as NULL.
        const QString key = interactionOutcomeKey(*filter.outcome);
        add(QStringLiteral("i.outcome = :outcome"),
            QStringLiteral(":outcome"),
            key.isNull() ? QStringLiteral("") : key);
    }
    const QString where = conditions.join(QStringLiteral(" AND "));
    const QString limit = filter.limit > 0 ? QStringLiteral(" LIMIT ") + QString::number(filter.limit) : QString();
    QString columns;
    for (const QString& column : kColumns.split(QStringLiteral(", "))) {
        columns += QStringLiteral("i.") + column + QStringLiteral(", ");
    }
    Statement query(m_database,
                    QStringLiteral("SELECT ") + columns +
                        QStringLiteral("o.name, d.name, a.name FROM interactions i "
                                       "LEFT JOIN owners o ON o.id = i.owner_id "
                                       "LEFT JOIN deals d ON d.id = i.deal_id "
                                       "LEFT JOIN accounts a ON a.id = i.account_id WHERE ") +
                        where + QStringLiteral(" ORDER BY i.scheduled_at, i.id") + limit);
    for (const auto& [name, value] : binds) {
        query.bind(name, value);
    }
    query.exec();
    QList<InteractionListing> result;
    QHash<QString, qsizetype> index;
    while (query.next()) {
        InteractionListing row{interactionFrom(query), query.text(26), query.text(27), query.text(28), {}};
        index.insert(row.interaction.id, result.size());
        result.append(std::move(row));
    }
    if (result.isEmpty()) {
        return result;
    }
    Statement contacts(m_database,
                       QStringLiteral("SELECT ic.interaction_id, ic.contact_id, c.name FROM interaction_contacts ic "
                                      "LEFT JOIN contacts c ON c.id = ic.contact_id WHERE ic.deleted = 0 AND "
                                      "ic.interaction_id IN (SELECT i.id FROM interactions i WHERE ") +
                           where + QStringLiteral(" ORDER BY i.scheduled_at, i.id") + limit +
                           QStringLiteral(") ORDER BY ic.interaction_id, ic.contact_id"));
    for (const auto& [name, value] : binds) {
        contacts.bind(name, value);
    }
    contacts.exec();
    while (contacts.next()) {
        const auto found = index.constFind(contacts.text(0));
        if (found != index.constEnd()) {
            result[*found].interaction.contactIds.append(contacts.text(1));
            result[*found].contactNames.append(contacts.text(2));
        }
    }
    return result;
}

std::optional<Interaction> InteractionRepository::interaction(const QString& id) const
{
    const QList<Interaction> found = select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<Interaction> InteractionRepository::forDeal(const QString& dealId) const
{
    return select(QStringLiteral("deal_id = :deal_id"), {{QStringLiteral(":deal_id"), dealId}});
}

QList<Interaction>
InteractionRepository::forOwner(const QString& ownerId, const QDateTime& from, const QDateTime& to) const
{
    return select(QStringLiteral("owner_id = :owner_id AND scheduled_at >= :from AND scheduled_at < :to"),
                  {{QStringLiteral(":owner_id"), ownerId},
                   {QStringLiteral(":from"), Timestamp::toStorage(from)},
                   {QStringLiteral(":to"), Timestamp::toStorage(to)}});
}

Interaction InteractionRepository::insert(Interaction interaction)
{
    if (interaction.id.isEmpty()) {
        interaction.id = Ids::newId();
    }
    const QString now = storageNow(m_clock);
    Transaction transaction(m_database);
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO interactions (") + kColumns +
                         QStringLiteral(") VALUES (:id, :owner_id, :deal_id, :account_id, :scheduled_at, :type, "
                                        ":appointment_state, :how_secured, :objective_best, :objective_minimum, "
                                        ":conversation_logic, :customer_needs, :advantages, :outcome, :commitment, "
                                        ":next_step, :next_step_date, :coach_note, :rating_planning, "
                                        ":rating_questioning, :rating_value, :rating_objections, :rating_commitment, "
                                        ":reviewed_at, :now, :now)"));
    bindInteraction(insert, interaction);
    insert.bind(QStringLiteral(":now"), now).exec();
    writeContacts(interaction, now);
    transaction.commit();
    interaction.createdAt = interaction.updatedAt = Timestamp::fromStorage(now);
    return interaction;
}

void InteractionRepository::update(const Interaction& interaction)
{
    const QString now = storageNow(m_clock);
    Transaction transaction(m_database);
    Statement update(m_database,
                     QStringLiteral("UPDATE interactions SET owner_id = :owner_id, deal_id = :deal_id, "
                                    "account_id = :account_id, scheduled_at = :scheduled_at, type = :type, "
                                    "appointment_state = :appointment_state, how_secured = :how_secured, "
                                    "objective_best = :objective_best, objective_minimum = :objective_minimum, "
                                    "conversation_logic = :conversation_logic, customer_needs = :customer_needs, "
                                    "advantages = :advantages, outcome = :outcome, commitment = :commitment, "
                                    "next_step = :next_step, next_step_date = :next_step_date, "
                                    "coach_note = :coach_note, rating_planning = :rating_planning, "
                                    "rating_questioning = :rating_questioning, rating_value = :rating_value, "
                                    "rating_objections = :rating_objections, rating_commitment = :rating_commitment, "
                                    "reviewed_at = :reviewed_at, updated_at = :now WHERE id = :id"));
    bindInteraction(update, interaction);
    update.bind(QStringLiteral(":now"), now).exec();
    writeContacts(interaction, now);
    transaction.commit();
}

void InteractionRepository::writeContacts(const Interaction& interaction, const QString& now)
{
    // Links are tombstoned and revived rather than deleted, so a merge sees removals.
    Statement clear(m_database,
                    QStringLiteral("UPDATE interaction_contacts SET deleted = 1, updated_at = :now "
                                   "WHERE interaction_id = :id AND deleted = 0"));
    clear.bind(QStringLiteral(":id"), interaction.id).bind(QStringLiteral(":now"), now).exec();
    Statement link(m_database,
                   QStringLiteral("INSERT INTO interaction_contacts (interaction_id, contact_id, created_at, "
                                  "updated_at, deleted) VALUES (:id, :contact_id, :now, :now, 0) "
                                  "ON CONFLICT(interaction_id, contact_id) DO UPDATE SET deleted = 0, "
                                  "updated_at = excluded.updated_at"));
    for (const QString& contactId : interaction.contactIds) {
        link.bind(QStringLiteral(":id"), interaction.id)
            .bind(QStringLiteral(":contact_id"), contactId)
            .bind(QStringLiteral(":now"), now)
            .exec();
    }
}

void InteractionRepository::remove(const QString& id)
{
    Statement update(m_database,
                     QStringLiteral("UPDATE interactions SET deleted = 1, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

void InteractionRepository::restore(const Interaction& interaction)
{
    Transaction transaction(m_database);
    update(interaction);
    Statement revive(m_database,
                     QStringLiteral("UPDATE interactions SET deleted = 0, updated_at = :now WHERE id = :id"));
    revive.bind(QStringLiteral(":id"), interaction.id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
    transaction.commit();
}
