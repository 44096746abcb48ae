// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Account.h"
#include "core/domain/Collection.h"
#include "core/domain/Contact.h"
#include "core/domain/Deal.h"
#include "core/domain/DealEvent.h"
#include "core/domain/ExchangeRate.h"
#include "core/domain/Interaction.h"
#include "core/domain/Lead.h"
#include "core/domain/Owner.h"

#include <QDateTime>

#include <memory>

class Database;
struct RowTable;
struct RowValues;

/**
 * Loads many rows into a workspace that was just created (demo and benchmark data, a
 * first import): one transaction, one prepared statement per table reused for every row,
 * secondary indexes rebuilt once at the end, and a large page cache for this connection
 * only. Rows are written exactly as given, timestamps included, and no deal_events are
 * derived: the caller supplies the history through appendHistoricalEvent().
 *
 * The caller keeps the schema's rules: foreign keys and CHECK constraints are not
 * enforced during the load (rows reach the file in batches, children may come before
 * their parents). The large tables are written in primary-key order chunk by chunk, so
 * their storage order (rowid) is not the order of the calls: events of one deal that must
 * keep an order need distinct occurredAt values.
 *
 * Everything is rolled back unless commit() is called. Not for files other people may be
 * reading: from construction to destruction the connection leaves WAL mode and skips fsync,
 * which is only safe because a failed load is thrown away with its new file; the large
 * page cache and memory map stay until then too, for the queries that follow a load.
 */
class SecondaryIndexes;

class BulkWriter final
{
    Q_DISABLE_COPY_MOVE(BulkWriter)
public:
    explicit BulkWriter(Database& database);
    ~BulkWriter();

    void insertOwner(const Owner& owner);
    void insertAccount(const Account& account);
    void insertContact(const Contact& contact);
    void insertDeal(const Deal& deal);
    // created_at and updated_at are the event's occurredAt: recorded when it happened.
    void appendHistoricalEvent(const DealEvent& event);
    // With its contact links, stamped with the interaction's createdAt.
    void insertInteraction(const Interaction& interaction);
    void insertLead(const Lead& lead);
    void insertExchangeRate(const ExchangeRate& rate, const QDateTime& stamp);
    void insertCollection(const Collection& collection, const QDateTime& stamp);
    // Rows of a sheet table (RowSet layout), stamped `now` as RowLoader stamps them.
    void insertRows(const RowTable& table, const QString& parentId, const QList<RowValues>& rows, const QString& now);
    // Sets a workspace_meta row outright, timestamps included (a generated file's identity).
    void replaceWorkspaceMeta(const QString& key, const QString& value, const QDateTime& stamp);

    // Rebuilds the indexes and commits; the destructor puts the connection's usual settings back.
    void commit();

private:
    struct Statements;

    void restoreSettings();

    Database& m_database;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<SecondaryIndexes> m_indexes;
    bool m_open = false;
};
