// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStore.h"

#include "AccountRepository.h"
#include "BulkInsert.h"
#include "Database.h"
#include "DealRepository.h"
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
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

const QStringList kDealColumns = {
    QStringLiteral("name"),
    QStringLiteral("account_id"),
    QStringLiteral("owner_id"),
    QStringLiteral("stage_id"),
    QStringLiteral("amount_minor"),
    QStringLiteral("currency"),
    QStringLiteral("expected_close_date"),
    QStringLiteral("forecast_category"),
    QStringLiteral("source"),
    QStringLiteral("lost_reason"),
    QStringLiteral("lost_note"),
    QStringLiteral("stage_entered_at"),
    QStringLiteral("won_at"),
    QStringLiteral("lost_at"),
    QStringLiteral("external_id"),
};
const QStringList kOwnerColumns = {QStringLiteral("role"), QStringLiteral("manager_id")};
const QStringList kAccountColumns = {QStringLiteral("industry"), QStringLiteral("employees"), QStringLiteral("region")};

QString readRow(const Database& database, const QString& table, const QString& id, const QStringList& columns)
{
    Statement query(database, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(columns.join(u','), table));
    query.bind(QStringLiteral(":id"), id).exec();
    QJsonObject row;
    if (query.next()) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const int column = static_cast<int>(i);
            row.insert(columns.at(i),
                       query.isNull(column) ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue::fromVariant(query.value(column)));
        }
    }
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

void writeRow(
    const Database& database, const QString& table, const QString& id, const QString& json, const QString& now)
{
    const QJsonObject row = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList sets;
    for (auto it = row.begin(); it != row.end(); ++it) {
        sets.append(it.key() + QStringLiteral(" = :") + it.key());
    }
    sets.append(QStringLiteral("updated_at = :now"));
    Statement update(database, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(table, sets.join(u',')));
    for (auto it = row.begin(); it != row.end(); ++it) {
        // JSON knows no integers and no typed NULL: give SQLite what the columns hold.
        const QJsonValue value = it.value();
        QVariant bound;
        if (value.isDouble()) {
            bound = static_cast<qint64>(value.toDouble());
        } else if (value.isString()) {
            bound = value.toString();
        } else {
            bound = QVariant();
        }
        update.bind(u':' + it.key(), bound);
    }
    update.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), id).exec();
}

QString stampOf(const QDateTime& time)
{
    return Timestamp::toStorage(time);
}

// A large import touches index pages at random (UUID keys): with SQLite's 2 MB default
// cache they are spilled to the WAL and read back on every row. Each multi-row INSERT
// also keeps a statement journal of the pages it changes, by default a temporary file
// written on every page. Both cost most of the import's time; the connection gets a large
// cache and in-memory temporary files for the import's length, and its own settings back.
class ImportSettings final
{
    Q_DISABLE_COPY_MOVE(ImportSettings)
public:
    explicit ImportSettings(const Database& database)
        : m_database(database)
        , m_cacheSize(Statement::scalar(database, QStringLiteral("PRAGMA cache_size")).toLongLong())
        , m_tempStore(Statement::scalar(database, QStringLiteral("PRAGMA temp_store")).toInt())
    {
        Statement::run(database, QStringLiteral("PRAGMA cache_size=-262144"));
        Statement::run(database, QStringLiteral("PRAGMA temp_store=MEMORY"));
    }
    ~ImportSettings()
    {
        try {
            Statement::run(m_database, QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheSize));
            Statement::run(m_database, QStringLiteral("PRAGMA temp_store=%1").arg(m_tempStore));
        } catch (const StorageError& error) {
            qWarning("could not restore the connection settings after an import: %s", error.what());
        }
    }

private:
    const Database& m_database;
    qint64 m_cacheSize;
    int m_tempStore;
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

ImportBatchInfo ImportStore::apply(const ImportPlan& plan, ImportBatchInfo info, const QDateTime& now)
{
    const FixedClock clock(now);
    const QString stamp = stampOf(now);
    info.id = Ids::newId();
    info.importedAt = Timestamp::fromStorage(stamp);
    const ImportSettings settings(m_database);
    Transaction transaction(m_database);
    sqlite3* db = handleOf(m_database);
    BulkInsert batchRows(db, "import_batch_rows", {"batch_id", "table_name", "row_id", "action", "stamp", "before"});
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
        record("owners", owner.id, "updated", readRow(m_database, QStringLiteral("owners"), owner.id, kOwnerColumns));
        owners.update(owner);
    }
    AccountRepository accounts(m_database, clock);
    for (const Account& account : plan.newAccounts) {
        accounts.insert(account);
        record("accounts", account.id, "created");
    }
    for (const Account& account : plan.changedAccounts) {
        record("accounts",
               account.id,
               "updated",
               readRow(m_database, QStringLiteral("accounts"), account.id, kAccountColumns));
        accounts.update(account);
    }
    for (const Contact& contact : plan.newContacts) {
        accounts.insertContact(contact);
        record("contacts", contact.id, "created");
    }

    // New deals in bulk: deals first (their events refer to them), then the events.
    {
        BulkInsert deals(db,
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
                          "stage_entered_at",
                          "won_at",
                          "lost_at",
                          "external_id",
                          "created_at",
                          "updated_at"});
        for (const PlannedDeal& planned : plan.deals) {
            if (!planned.isNew) {
                continue;
            }
            const Deal& deal = planned.deal;
            deals.text(deal.id).text(deal.name).nullableText(deal.accountId).nullableText(deal.ownerId);
            deals.text(deal.pipelineId).text(deal.stageId).integer(deal.amount.minor).text(deal.amount.currency);
            deals.nullableText(Timestamp::dateToStorage(deal.expectedCloseDate));
            deals.text(forecastCategoryKey(deal.forecastCategory)).text(deal.source);
            deals.text(lostReasonKey(deal.lostReason)).text(deal.lostNote);
            deals.text(stampOf(deal.stageEnteredAt))
                .nullableText(stampOf(deal.wonAt))
                .nullableText(stampOf(deal.lostAt));
            deals.text(deal.externalId).text(stampOf(deal.createdAt)).text(stamp).endRow();
            record("deals", deal.id, "created");
        }
        deals.flush();
        BulkInsert events(
            db,
            "deal_events",
            {"id", "deal_id", "occurred_at", "field", "old_value", "new_value", "created_at", "updated_at"});
        for (const PlannedDeal& planned : plan.deals) {
            for (const DealEvent& event : planned.events) {
                const QString at = stampOf(event.occurredAt);
                events.text(event.id).text(event.dealId).text(at).text(dealEventFieldKey(event.field));
                events.nullableText(event.oldValue).nullableText(event.newValue).text(at).text(at).endRow();
            }
        }
        events.flush();
    }
    DealRepository dealRepository(m_database, clock);
    for (const PlannedDeal& planned : plan.deals) {
        if (planned.isNew) {
            continue;
        }
        const std::optional<Deal> before = dealRepository.deal(planned.deal.id);
        if (!before) {
            continue;
        }
        Deal after = *before;
        const Deal& file = planned.deal;
        after.name = file.name;
        after.externalId = file.externalId.isEmpty() ? after.externalId : file.externalId;
        after.source = file.source.isEmpty() ? after.source : file.source;
        after.accountId = planned.hasAccount ? file.accountId : after.accountId;
        after.ownerId = planned.hasOwner ? file.ownerId : after.ownerId;
        after.amount = planned.hasAmount ? file.amount : after.amount;
        after.expectedCloseDate = planned.hasCloseDate ? file.expectedCloseDate : after.expectedCloseDate;
        if (planned.hasStage && after.stageId != file.stageId) {
            after.stageId = file.stageId;
            after.stageEnteredAt = file.stageEnteredAt;
            after.forecastCategory = file.forecastCategory;
            after.wonAt = file.wonAt;
            after.lostAt = file.lostAt;
            after.lostReason = file.lostReason;
            after.lostNote = file.lostNote;
        }
        after.updatedAt = before->updatedAt;
        if (after == *before) {
            continue;
        }
        record("deals", after.id, "updated", readRow(m_database, QStringLiteral("deals"), after.id, kDealColumns));
        for (const QString& eventId : dealRepository.update(after)) {
            record("deal_events", eventId, "created");
        }
    }
    batchRows.flush();
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
    const QString stamp = stampOf(now);
    Transaction transaction(m_database);
    ImportRevertResult result;
    // Children before parents: a deal before the account it refers to.
    const QStringList order = {QStringLiteral("deals"),
                               QStringLiteral("contacts"),
                               QStringLiteral("accounts"),
                               QStringLiteral("owners"),
                               QStringLiteral("stages")};
    QSet<QString> restoredDeals;
    for (const QString& table : order) {
        Statement rows(m_database,
                       QStringLiteral("SELECT r.row_id, r.action, COALESCE(r.before, ''), r.stamp = t.updated_at "
                                      "AND t.deleted = 0 FROM import_batch_rows r JOIN %1 t ON t.id = r.row_id "
                                      "WHERE r.batch_id = :batch AND r.table_name = :table")
                           .arg(table));
        rows.bind(QStringLiteral(":batch"), batchId).bind(QStringLiteral(":table"), table).exec();
        struct Item
        {
            QString id;
            bool created;
            QString before;
            bool untouched;
        };
        QList<Item> items;
        while (rows.next()) {
            items.append({rows.text(0), rows.text(1) == QLatin1String("created"), rows.text(2), rows.integer(3) != 0});
        }
        for (const Item& item : items) {
            if (!item.untouched) {
                ++result.rowsKept;
                continue;
            }
            if (!item.created) {
                writeRow(m_database, table, item.id, item.before, stamp);
                restoredDeals.insert(item.id);
                ++result.rowsReverted;
                continue;
            }
            // A new account, owner, contact or stage still used by a row that stays is kept.
            static const QHash<QString, QString> kUsers = {
                {QStringLiteral("contacts"),
                 QStringLiteral("SELECT COUNT(*) FROM interaction_contacts WHERE "
                                "contact_id = :id AND deleted = 0")},
                {QStringLiteral("accounts"),
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM deals WHERE account_id = :id "
                                "AND deleted = 0) + (SELECT COUNT(*) FROM contacts WHERE "
                                "account_id = :id2 AND deleted = 0)")},
                {QStringLiteral("owners"),
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM deals WHERE owner_id = :id AND "
                                "deleted = 0) + (SELECT COUNT(*) FROM owners WHERE manager_id "
                                "= :id2 AND deleted = 0)")},
                {QStringLiteral("stages"),
                 QStringLiteral("SELECT COUNT(*) FROM deals WHERE stage_id = :id AND deleted = 0")},
            };
            if (kUsers.contains(table)) {
                Statement users(m_database, kUsers.value(table));
                users.bind(QStringLiteral(":id"), item.id);
                if (table == QLatin1String("accounts") || table == QLatin1String("owners")) {
                    users.bind(QStringLiteral(":id2"), item.id);
                }
                users.exec();
                if (users.next() && users.integer(0) > 0) {
                    ++result.rowsKept;
                    continue;
                }
            }
            Statement tombstone(
                m_database, QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = :now WHERE id = :id").arg(table));
            tombstone.bind(QStringLiteral(":now"), stamp).bind(QStringLiteral(":id"), item.id).exec();
            if (table == QLatin1String("deals")) {
                Statement events(m_database,
                                 QStringLiteral("UPDATE deal_events SET deleted = 1, updated_at = :now "
                                                "WHERE deal_id = :id AND deleted = 0"));
                events.bind(QStringLiteral(":now"), stamp).bind(QStringLiteral(":id"), item.id).exec();
            }
            ++result.rowsReverted;
        }
    }
    // Events an import wrote on deals it updated go with the restored values.
    for (const QString& dealId : restoredDeals) {
        Statement events(m_database,
                         QStringLiteral("UPDATE deal_events SET deleted = 1, updated_at = :now WHERE deal_id = :deal "
                                        "AND deleted = 0 AND id IN (SELECT row_id FROM import_batch_rows WHERE "
                                        "batch_id = :batch AND table_name = 'deal_events')"));
        events.bind(QStringLiteral(":now"), stamp)
            .bind(QStringLiteral(":deal"), dealId)
            .bind(QStringLiteral(":batch"), batchId)
            .exec();
    }
    Statement mark(m_database,
                   QStringLiteral("UPDATE import_batches SET reverted_at = :now, updated_at = :now WHERE id = :id"));
    mark.bind(QStringLiteral(":now"), stamp).bind(QStringLiteral(":id"), batchId).exec();
    transaction.commit();
    return result;
}
