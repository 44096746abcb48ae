// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStore.h"

#include "AccountRepository.h"
#include "BulkInsert.h"
#include "Database.h"
#include "ImportDealWriter.h"
#include "ImportRevert.h"
#include "ImportSettings.h"
#include "OwnerRepository.h"
#include "PipelineRepository.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"
#include "WorkspaceMetaRepository.h"

#include "core/util/Clock.h"
#include "core/util/Ids.h"
#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {
sqlite3* handleOf(const Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        throw StorageError(
            StorageError::Kind::QueryFailed,
            QCoreApplication::translate("Storage", "The workspace connection is not an SQLite connection."));
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

const QStringList kOwnerColumns = {QStringLiteral("role"), QStringLiteral("manager_id")};
const QStringList kAccountColumns = {QStringLiteral("industry"), QStringLiteral("employees"), QStringLiteral("region")};

QString stampOf(const QDateTime& time)
{
    return Timestamp::toStorage(time);
}

int interruptWhenCancelled(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0;
}

// While an import that can be cancelled runs, SQLite looks at the flag every few thousand
// virtual-machine steps: a long statement (an index rebuilt at the end, say) stops within
// milliseconds of Cancel, and the import's transaction is rolled back.
class CancelWatch final
{
    Q_DISABLE_COPY_MOVE(CancelWatch)
public:
    CancelWatch(sqlite3* db, const ImportProgress* progress)
        : m_db(progress && progress->cancel ? db : nullptr)
    {
        if (m_db) {
            sqlite3_progress_handler(
                m_db, 4096, interruptWhenCancelled, const_cast<std::atomic_bool*>(progress->cancel));
        }
    }
    ~CancelWatch()
    {
        if (m_db) {
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        }
    }

private:
    sqlite3* m_db;
};
} // namespace

ImportStore::ImportStore(Database& database)
    : m_database(database)
{}

ImportLookup ImportStore::lookup() const
{
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    ImportLookup lookup;
    lookup.baseCurrency = WorkspaceMetaRepository(m_database, clock).baseCurrency();
    const QList<Pipeline> pipelines = PipelineRepository(m_database, clock).pipelines();
    if (!pipelines.isEmpty()) {
        lookup.pipeline = pipelines.first();
    }
    for (const Owner& owner : OwnerRepository(m_database, clock).owners()) {
        lookup.owners.insert(ImportPlan::nameKey(owner.name), owner);
    }
    for (const Account& account : AccountRepository(m_database, clock).accounts()) {
        lookup.accounts.insert(ImportPlan::nameKey(account.name), account);
    }
    Statement contacts(m_database,
                       QStringLiteral("SELECT id, COALESCE(account_id, ''), name FROM contacts WHERE deleted = 0"));
    contacts.exec();
    while (contacts.next()) {
        lookup.contactIds.insert(contacts.text(1) + u'\x1f' + ImportPlan::nameKey(contacts.text(2)), contacts.text(0));
    }
    Statement deals(
        m_database,
        QStringLiteral("SELECT id, external_id, name, COALESCE(account_id, '') FROM deals WHERE deleted = 0"));
    deals.exec();
    while (deals.next()) {
        if (!deals.text(1).isEmpty()) {
            lookup.dealsByExternalId.insert(deals.text(1), deals.text(0));
        }
        lookup.dealsByNameAccount.insert(ImportPlan::nameKey(deals.text(2)) + u'\x1f' + deals.text(3), deals.text(0));
    }
    return lookup;
}

ImportBatchInfo
ImportStore::apply(const ImportPlan& plan, ImportBatchInfo info, const QDateTime& now, const ImportProgress* progress)
{
    const FixedClock clock(now);
    const QString stamp = stampOf(now);
    info.id = Ids::newId();
    info.importedAt = Timestamp::fromStorage(stamp);
    const ImportSettings settings(m_database, ImportDealWriter::isBulk(m_database, plan.deals));
    sqlite3* db = handleOf(m_database);
    const CancelWatch watch(db, progress);
    Transaction transaction(m_database);
    // Keyed by (batch, table, row): written in key order, chunk by chunk.
    BulkInsert batchRows(
        db, "import_batch_rows", {"batch_id", "table_name", "row_id", "action", "stamp", "before"}, 16384, 3);
    auto record = [&](const char* table, const QString& id, const char* action, const QString& before = {}) {
        batchRows.text(info.id).text(QString::fromLatin1(table)).text(id).text(QString::fromLatin1(action)).text(stamp);
        batchRows.nullableText(before).endRow();
    };
    Statement batch(m_database,
                    QStringLiteral("INSERT INTO import_batches (id, file_name, preset, imported_at, rows_read, "
                                   "deals_created, deals_updated, rows_skipped, created_at, updated_at) VALUES (:id, "
                                   ":file, :preset, :now, :read, :created, :updated, :skipped, :now, :now)"));
    batch.bind(QStringLiteral(":id"), info.id)
        .bindText(QStringLiteral(":file"), info.fileName)
        .bindText(QStringLiteral(":preset"), info.preset)
        .bind(QStringLiteral(":now"), stamp)
        .bind(QStringLiteral(":read"), info.rowsRead)
        .bind(QStringLiteral(":created"), info.dealsCreated)
        .bind(QStringLiteral(":updated"), info.dealsUpdated)
        .bind(QStringLiteral(":skipped"), info.rowsSkipped)
        .exec();

    PipelineRepository pipelines(m_database, clock);
    if (!plan.newStages.isEmpty()) {
        // New open stages go after the open ones: won and lost stay last.
        Statement shift(m_database,
                        QStringLiteral("UPDATE stages SET sort_order = sort_order + :n, updated_at = :now "
                                       "WHERE pipeline_id = :pipeline AND kind <> 'open'"));
        shift.bind(QStringLiteral(":n"), static_cast<int>(plan.newStages.size()) + 1)
            .bind(QStringLiteral(":now"), stamp)
            .bind(QStringLiteral(":pipeline"), plan.newStages.first().pipelineId)
            .exec();
        for (const Stage& stage : plan.newStages) {
            pipelines.insertStage(stage);
            record("stages", stage.id, "created");
        }
    }
    OwnerRepository owners(m_database, clock);
    for (Owner owner : plan.newOwners) {
        owner.managerId.clear(); // set below, once every new owner exists
        owners.insert(owner);
        record("owners", owner.id, "created");
    }
    for (const Owner& owner : plan.newOwners) {
        if (!owner.managerId.isEmpty()) {
            owners.update(owner);
        }
    }
    for (const Owner& owner : plan.changedOwners) {
        record("owners",
               owner.id,
               "updated",
               ImportRevert::snapshot(m_database, QStringLiteral("owners"), owner.id, kOwnerColumns));
        owners.update(owner);
    }
    AccountRepository accounts(m_database, clock);
    {
        // One prepared statement for all of them, as AccountRepository::insert writes them:
        // a statement prepared per account cost more than the accounts (5000 in a 100k file).
        BulkInsert insert(db, "accounts", BulkInsert::accountColumns());
        for (const Account& account : plan.newAccounts) {
            insert.text(account.id).text(account.name).text(account.industry).text(account.sizeBand);
            insert.optionalInteger(account.employees).text(account.region).text(account.segment);
            insert.nullableText(account.ownerId).text(stamp).text(stamp).endRow();
            record("accounts", account.id, "created");
        }
        insert.flush();
    }
    for (const Account& account : plan.changedAccounts) {
        record("accounts",
               account.id,
               "updated",
               ImportRevert::snapshot(m_database, QStringLiteral("accounts"), account.id, kAccountColumns));
        accounts.update(account);
    }
    for (const Contact& contact : plan.newContacts) {
        accounts.insertContact(contact);
        record("contacts", contact.id, "created");
    }

    ImportDealWriter deals(
        m_database,
        now,
        [&](const char* table, const QString& id, const char* action, const QString& before) {
            record(table, id, action, before);
        },
        progress);
    deals.insertNew(plan.deals);
    deals.updateExisting(plan.deals);
    batchRows.flush();
    if (settings.foreignKeysOff()) {
        // Every row written must still refer to rows that exist: checked once for the whole
        // file, as SQLite would have row by row.
        Statement check(m_database, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1"));
        check.exec();
        if (check.next()) {
            throw StorageError(StorageError::Kind::Constraint,
                               QCoreApplication::translate("Storage", "The change breaks a rule of the workspace: %1")
                                   .arg(QStringLiteral("FOREIGN KEY constraint failed (%1)").arg(check.text(0))));
        }
    }
    transaction.commit();
    return info;
}

QList<ImportBatchInfo> ImportStore::batches() const
{
    Statement query(
        m_database,
        QStringLiteral("SELECT id, file_name, preset, imported_at, rows_read, deals_created, deals_updated, "
                       "rows_skipped, COALESCE(reverted_at, '') FROM import_batches WHERE deleted = 0 "
                       "ORDER BY imported_at DESC"));
    query.exec();
    QList<ImportBatchInfo> result;
    while (query.next()) {
        ImportBatchInfo info;
        info.id = query.text(0);
        info.fileName = query.text(1);
        info.preset = query.text(2);
        info.importedAt = Timestamp::fromStorage(query.text(3));
        info.rowsRead = static_cast<int>(query.integer(4));
        info.dealsCreated = static_cast<int>(query.integer(5));
        info.dealsUpdated = static_cast<int>(query.integer(6));
        info.rowsSkipped = static_cast<int>(query.integer(7));
        info.revertedAt = query.text(8).isEmpty() ? QDateTime() : Timestamp::fromStorage(query.text(8));
        result.append(info);
    }
    return result;
}

ImportRevertResult ImportStore::revert(const QString& batchId, const QDateTime& now)
{
    return ImportRevert::revert(m_database, batchId, now);
}
