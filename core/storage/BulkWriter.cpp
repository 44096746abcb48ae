// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkWriter.h"

#include "BulkInsert.h"
#include "BulkRowTables.h"
#include "Database.h"
#include "SecondaryIndexes.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {
// The loader talks to SQLite directly: binding through QSqlQuery costs a QVariant and a
// placeholder lookup per value, which at millions of rows is most of the run time.
// Debian's QSQLITE plugin links the same system libsqlite3 as we do (ARCHITECTURE.md).
sqlite3* handleOf(const Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        throw StorageError(
            StorageError::Kind::QueryFailed,
            QCoreApplication::translate("Storage", "The workspace connection is not an SQLite connection."));
    }
    sqlite3* raw = *static_cast<sqlite3* const*>(handle.constData());
    if (!raw) {
        throw StorageError(StorageError::Kind::QueryFailed,
                           QCoreApplication::translate("Storage", "The workspace connection is closed."));
    }
    return raw;
}

QString stamp(const QDateTime& time)
{
    return Timestamp::toStorage(time);
}

// The tables the loader fills; their secondary indexes are rebuilt once after the load,
// which is several times faster than keeping them up to date row by row.
const QStringList kLoadedTables = {QStringLiteral("owners"),
                                   QStringLiteral("accounts"),
                                   QStringLiteral("contacts"),
                                   QStringLiteral("deals"),
                                   QStringLiteral("deal_events"),
                                   QStringLiteral("interactions"),
                                   QStringLiteral("interaction_contacts"),
                                   QStringLiteral("leads"),
                                   QStringLiteral("exchange_rates"),
                                   QStringLiteral("collections"),
                                   QStringLiteral("strategy_sheets"),
                                   QStringLiteral("strategy_stakeholders"),
                                   QStringLiteral("strategy_open_items"),
                                   QStringLiteral("strategy_competitors"),
                                   QStringLiteral("strategy_promises"),
                                   QStringLiteral("strategy_actions")};
// The large child tables are written in key order chunk by chunk (see BulkInsert).
constexpr int kSortedRows = 16384;
// Page cache of the load in KiB (negative: SQLite's unit): enough for the key indexes of a
// 100k-deal load; the rows themselves go to the file.
constexpr int kLoadCacheKiB = -393216;
} // namespace

struct BulkWriter::Statements
{
    explicit Statements(sqlite3* db)
        : owner(db, "owners", {"id", "name", "email", "role", "manager_id", "created_at", "updated_at"})
        , account(db, "accounts", BulkInsert::accountColumns())
        , contact(db,
                  "contacts",
                  {"id", "account_id", "name", "title", "org_level", "email", "phone", "created_at", "updated_at"})
        , deal(db,
               "deals",
               {"id",
                "name",
                "account_id",
                "owner_id",
                "pipeline_id",
                "stage_id",
                "amount_minor",
                "currency",
                "expected_close_date",
                "forecast_category",
                "source",
                "lost_reason",
                "lost_note",
                "competitor",
                "stage_entered_at",
                "won_at",
                "lost_at",
                "external_id",
                "created_at",
                "updated_at"})
        , event(db,
                "deal_events",
                {"id", "deal_id", "occurred_at", "field", "old_value", "new_value", "created_at", "updated_at"},
                kSortedRows)
        , interaction(db,
                      "interactions",
                      {"id",
                       "owner_id",
                       "deal_id",
                       "account_id",
                       "scheduled_at",
                       "type",
                       "appointment_state",
                       "how_secured",
                       "objective_best",
                       "objective_minimum",
                       "conversation_logic",
                       "customer_needs",
                       "advantages",
                       "outcome",
                       "commitment",
                       "next_step",
                       "next_step_date",
                       "coach_note",
                       "rating_planning",
                       "rating_questioning",
                       "rating_value",
                       "rating_objections",
                       "rating_commitment",
                       "reviewed_at",
                       "created_at",
                       "updated_at"},
                      kSortedRows)
        , interactionContact(
              db, "interaction_contacts", {"interaction_id", "contact_id", "created_at", "updated_at"}, kSortedRows)
        , lead(db,
               "leads",
               {"id",
                "name",
                "company",
                "owner_id",
                "account_id",
                "source",
                "status",
                "converted_deal_id",
                "converted_at",
                "created_at",
                "updated_at"},
               kSortedRows)
        , exchangeRate(db, "exchange_rates", {"id", "currency", "rate", "valid_from", "created_at", "updated_at"})
        , collection(db,
                     "collections",
                     {"id",
                      "deal_id",
                      "currency",
                      "expected_amount_minor",
                      "expected_date",
                      "received_amount_minor",
                      "received_date",
                      "note",
                      "created_at",
                      "updated_at"})
        , sheetRows(db)
    {}

    // Parents before children, so the file never holds a dangling reference for long.
    void flush()
    {
        for (BulkInsert* insert :
             {&owner, &account, &contact, &deal, &event, &interaction, &interactionContact, &lead, &exchangeRate}) {
            insert->flush();
        }
        collection.flush();
        sheetRows.flush();
    }

    BulkInsert owner;
    BulkInsert account;
    BulkInsert contact;
    BulkInsert deal;
    BulkInsert event;
    BulkInsert interaction;
    BulkInsert interactionContact;
    BulkInsert lead;
    BulkInsert exchangeRate;
    BulkInsert collection;
    BulkRowTables sheetRows;
    std::unique_ptr<Transaction> transaction;
};

BulkWriter::BulkWriter(Database& database)
    : m_database(database)
{
    if (m_database.transactionDepth() != 0) {
        throw StorageError(StorageError::Kind::QueryFailed,
                           QStringLiteral("BulkWriter needs a connection without an open transaction"));
    }
    sqlite3* db = handleOf(database);
    // These settings hold for this connection and this load only; restoreSettings() puts
    // the usual ones back. The rollback journal stays in memory: rollback still works.
    m_open = true;
    try {
        Statement::scalar(m_database, QStringLiteral("PRAGMA journal_mode=MEMORY"));
        Statement::run(m_database, QStringLiteral("PRAGMA synchronous=OFF"));
        Statement::run(m_database, QStringLiteral("PRAGMA cache_size=%1").arg(kLoadCacheKiB));
        Statement::run(m_database, QStringLiteral("PRAGMA temp_store=MEMORY"));
        // The queries run on the loaded rows (goal targets) read the file without a copy per page.
        Statement::scalar(m_database, QStringLiteral("PRAGMA mmap_size=4294967296"));
        // Rows reach the file in batches, not parents first, and checking every row costs a
        // third of the load: the foreign keys and CHECK rules are the caller's to keep (the
        // generator's tests run foreign_key_check and integrity_check on its output).
        Statement::run(m_database, QStringLiteral("PRAGMA foreign_keys=OFF"));
        Statement::run(m_database, QStringLiteral("PRAGMA ignore_check_constraints=ON"));

        auto statements = std::make_unique<Statements>(db);
        statements->transaction = std::make_unique<Transaction>(m_database);
        m_statements = std::move(statements);

        m_indexes = std::make_unique<SecondaryIndexes>(m_database, kLoadedTables);
    } catch (...) {
        m_statements.reset();
        restoreSettings();
        throw;
    }
}

BulkWriter::~BulkWriter()
{
    if (m_statements) {
        auto transaction = std::move(m_statements->transaction);
        m_statements.reset(); // finalize before the rollback
        transaction.reset();
    }
    restoreSettings();
}

void BulkWriter::restoreSettings()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    try {
        Statement::run(m_database, QStringLiteral("PRAGMA foreign_keys=ON"));
        Statement::run(m_database, QStringLiteral("PRAGMA ignore_check_constraints=OFF"));
        Statement::run(m_database, QStringLiteral("PRAGMA cache_size=-2000"));
        Statement::run(m_database, QStringLiteral("PRAGMA temp_store=DEFAULT"));
        Statement::scalar(m_database, QStringLiteral("PRAGMA threads=0"));
        Statement::scalar(m_database, QStringLiteral("PRAGMA mmap_size=0"));
        Statement::scalar(m_database, QStringLiteral("PRAGMA journal_mode=WAL"));
        Statement::run(m_database, QStringLiteral("PRAGMA synchronous=NORMAL"));
    } catch (const StorageError& error) {
        qWarning("could not restore the connection settings after a bulk load: %s", error.what());
    }
}

void BulkWriter::insertOwner(const Owner& owner)
{
    m_statements->owner.text(owner.id)
        .text(owner.name)
        .text(owner.email)
        .text(owner.role == OwnerRole::Manager ? QStringLiteral("manager") : QStringLiteral("rep"))
        .nullableText(owner.managerId)
        .text(stamp(owner.createdAt))
        .text(stamp(owner.updatedAt))
        .endRow();
}

void BulkWriter::insertAccount(const Account& account)
{
    BulkInsert& s = m_statements->account;
    s.text(account.id).text(account.name).text(account.industry).text(account.sizeBand);
    s.optionalInteger(account.employees).text(account.region).text(account.segment).nullableText(account.ownerId);
    s.text(stamp(account.createdAt)).text(stamp(account.updatedAt)).endRow();
}

void BulkWriter::insertContact(const Contact& contact)
{
    BulkInsert& s = m_statements->contact;
    s.text(contact.id).nullableText(contact.accountId).text(contact.name).text(contact.title);
    s.text(orgLevelKey(contact.orgLevel)).text(contact.email).text(contact.phone);
    s.text(stamp(contact.createdAt)).text(stamp(contact.updatedAt)).endRow();
}

void BulkWriter::insertDeal(const Deal& deal)
{
    BulkInsert& s = m_statements->deal;
    s.text(deal.id).text(deal.name).nullableText(deal.accountId).nullableText(deal.ownerId);
    s.text(deal.pipelineId).text(deal.stageId).integer(deal.amount.minor).text(deal.amount.currency);
    s.nullableText(Timestamp::dateToStorage(deal.expectedCloseDate));
    s.text(forecastCategoryKey(deal.forecastCategory)).text(deal.source).text(lostReasonKey(deal.lostReason));
    s.text(deal.lostNote).text(deal.competitor).text(stamp(deal.stageEnteredAt));
    s.nullableText(stamp(deal.wonAt)).nullableText(stamp(deal.lostAt)).text(deal.externalId);
    s.text(stamp(deal.createdAt)).text(stamp(deal.updatedAt)).endRow();
}

void BulkWriter::appendHistoricalEvent(const DealEvent& event)
{
    const QString occurred = stamp(event.occurredAt);
    BulkInsert& s = m_statements->event;
    s.text(event.id).text(event.dealId).text(occurred).text(dealEventFieldKey(event.field));
    s.nullableText(event.oldValue).nullableText(event.newValue).text(occurred).text(occurred).endRow();
}

void BulkWriter::insertInteraction(const Interaction& i)
{
    const QString created = stamp(i.createdAt);
    BulkInsert& s = m_statements->interaction;
    s.text(i.id).nullableText(i.ownerId).nullableText(i.dealId).nullableText(i.accountId);
    s.text(stamp(i.scheduledAt)).text(interactionTypeKey(i.type)).text(appointmentStateKey(i.appointmentState));
    s.text(i.howSecured).text(i.objectiveBest).text(i.objectiveMinimum).text(i.conversationLogic);
    s.text(i.customerNeeds).text(i.advantages).text(interactionOutcomeKey(i.outcome)).text(i.commitment);
    s.text(i.nextStep).nullableText(Timestamp::dateToStorage(i.nextStepDate)).text(i.coachNote);
    s.optionalInteger(i.ratings.planning).optionalInteger(i.ratings.questioning);
    s.optionalInteger(i.ratings.presentingValue).optionalInteger(i.ratings.handlingObjections);
    s.optionalInteger(i.ratings.gainingCommitment).nullableText(stamp(i.reviewedAt));
    s.text(created).text(stamp(i.updatedAt)).endRow();
    for (const QString& contactId : i.contactIds) {
        m_statements->interactionContact.text(i.id).text(contactId).text(created).text(created).endRow();
    }
}

void BulkWriter::insertLead(const Lead& lead)
{
    BulkInsert& s = m_statements->lead;
    s.text(lead.id).text(lead.name).text(lead.company).nullableText(lead.ownerId).nullableText(lead.accountId);
    s.text(lead.source).text(leadStatusKey(lead.status)).nullableText(lead.convertedDealId);
    s.nullableText(stamp(lead.convertedAt)).text(stamp(lead.createdAt)).text(stamp(lead.updatedAt)).endRow();
}

void BulkWriter::insertExchangeRate(const ExchangeRate& rate, const QDateTime& time)
{
    const QString stamped = stamp(time);
    m_statements->exchangeRate.text(rate.id)
        .text(rate.currency)
        .real(rate.rate)
        .text(Timestamp::dateToStorage(rate.validFrom))
        .text(stamped)
        .text(stamped)
        .endRow();
}

void BulkWriter::insertCollection(const Collection& c, const QDateTime& time)
{
    const QString stamped = stamp(time);
    BulkInsert& s = m_statements->collection;
    s.text(c.id).text(c.dealId).text(c.currency).integer(c.expectedMinor);
    s.nullableText(Timestamp::dateToStorage(c.expectedDate));
    s.variant(c.receivedMinor ? QVariant(*c.receivedMinor) : QVariant());
    s.nullableText(Timestamp::dateToStorage(c.receivedDate)).text(c.note).text(stamped).text(stamped).endRow();
}

void BulkWriter::insertRows(const RowTable& table,
                            const QString& parentId,
                            const QList<RowValues>& rows,
                            const QString& now)
{
    m_statements->sheetRows.insert(table, parentId, rows, now);
}

void BulkWriter::replaceWorkspaceMeta(const QString& key, const QString& value, const QDateTime& time)
{
    Statement replace(m_database,
                      QStringLiteral("INSERT OR REPLACE INTO workspace_meta (key, value, created_at, updated_at, "
                                     "deleted) VALUES (:key, :value, :stamp, :stamp, 0)"));
    replace.bind(QStringLiteral(":key"), key)
        .bindText(QStringLiteral(":value"), value)
        .bind(QStringLiteral(":stamp"), stamp(time))
        .exec();
}

void BulkWriter::commit()
{
    m_statements->flush();
    auto transaction = std::move(m_statements->transaction);
    m_statements.reset();
    m_indexes->rebuild(); // with the sorter settings SecondaryIndexes measured
    m_indexes.reset();
    transaction->commit();
}
