// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDealWriter.h"

#include "BulkInsert.h"
#include "Database.h"
#include "DealRepository.h"
#include "ImportRevert.h"
#include "SecondaryIndexes.h"
#include "Statement.h"
#include "StorageError.h"

#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <algorithm>
#include <optional>
#include <sqlite3.h>

namespace {
// Rows sorted per chunk by key before they are written (see BulkInsert).
constexpr int kSortedRows = 16384;
// Below this many new rows, keeping the indexes up to date row by row costs little.
constexpr qint64 kRebuildFrom = 5000;

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

QString stampOf(const QDateTime& time)
{
    return Timestamp::toStorage(time);
}

// Rows are never removed (tombstones), so the largest rowid is about the number of rows.
qint64 rowsIn(const Database& database, const QString& table)
{
    return Statement::scalar(database, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM ") + table).toLongLong();
}
} // namespace

ImportDealWriter::ImportDealWriter(Database& database,
                                   const QDateTime& now,
                                   Recorder record,
                                   const ImportProgress* progress)
    : m_database(database)
    , m_now(now)
    , m_record(std::move(record))
    , m_progress(progress)
{}

void ImportDealWriter::countWritten(qsizetype planned)
{
    if (!m_progress) {
        return;
    }
    m_progress->step(ImportProgress::Phase::Writing, ++m_written, static_cast<int>(planned));
}

bool ImportDealWriter::isBulk(const Database& database, const QList<PlannedDeal>& deals)
{
    const auto newDeals = std::count_if(deals.cbegin(), deals.cend(), [](const PlannedDeal& d) { return d.isNew; });
    return newDeals >= kRebuildFrom && newDeals >= rowsIn(database, QStringLiteral("deals"));
}

void ImportDealWriter::insertNew(const QList<PlannedDeal>& deals)
{
    qint64 newDeals = 0;
    qint64 newEvents = 0;
    for (const PlannedDeal& planned : deals) {
        newDeals += planned.isNew ? 1 : 0;
        newEvents += planned.events.size();
    }
    if (newDeals == 0 && newEvents == 0) {
        return;
    }
    QStringList rebuilt;
    if (newDeals >= kRebuildFrom && newDeals >= rowsIn(m_database, QStringLiteral("deals"))) {
        rebuilt.append(QStringLiteral("deals"));
    }
    if (newEvents >= kRebuildFrom && newEvents >= rowsIn(m_database, QStringLiteral("deal_events"))) {
        rebuilt.append(QStringLiteral("deal_events"));
    }
    SecondaryIndexes indexes(m_database, rebuilt);
    const QString stamp = stampOf(m_now);
    sqlite3* db = handleOf(m_database);
    // Deals first: their events refer to them. The events keep the plan's order, which is
    // their order (rowid) among events of one instant.
    {
        BulkInsert insert(db,
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
                           "updated_at"},
                          kSortedRows,
                          1);
        for (const PlannedDeal& planned : deals) {
            if (!planned.isNew) {
                continue;
            }
            const Deal& deal = planned.deal;
            insert.text(deal.id).text(deal.name).nullableText(deal.accountId).nullableText(deal.ownerId);
            insert.text(deal.pipelineId).text(deal.stageId).integer(deal.amount.minor).text(deal.amount.currency);
            insert.nullableText(Timestamp::dateToStorage(deal.expectedCloseDate));
            insert.text(forecastCategoryKey(deal.forecastCategory)).text(deal.source);
            insert.text(lostReasonKey(deal.lostReason)).text(deal.lostNote);
            insert.text(stampOf(deal.stageEnteredAt))
                .nullableText(stampOf(deal.wonAt))
                .nullableText(stampOf(deal.lostAt));
            insert.text(deal.externalId).text(stampOf(deal.createdAt)).text(stamp).endRow();
            m_record("deals", deal.id, "created", QString());
            countWritten(deals.size());
        }
        insert.flush();
    }
    {
        BulkInsert insert(
            db,
            "deal_events",
            {"id", "deal_id", "occurred_at", "field", "old_value", "new_value", "created_at", "updated_at"});
        for (const PlannedDeal& planned : deals) {
            for (const DealEvent& event : planned.events) {
                const QString at = stampOf(event.occurredAt);
                insert.text(event.id).text(event.dealId).text(at).text(dealEventFieldKey(event.field));
                insert.nullableText(event.oldValue).nullableText(event.newValue).text(at).text(at).endRow();
            }
        }
        insert.flush();
    }
    indexes.rebuild();
}

void ImportDealWriter::updateExisting(const QList<PlannedDeal>& deals)
{
    const FixedClock clock(m_now);
    DealRepository repository(m_database, clock);
    for (const PlannedDeal& planned : deals) {
        if (planned.isNew) {
            continue;
        }
        countWritten(deals.size());
        const std::optional<Deal> before = repository.deal(planned.deal.id);
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
        // A stage change is dated when the file says, within what is known: not before the
        // deal entered its current stage, not after the import.
        QDateTime stageChangedAt;
        if (planned.hasStage && after.stageId != file.stageId) {
            stageChangedAt =
                planned.stageTimeKnown ? std::min(std::max(file.stageEnteredAt, before->stageEnteredAt), m_now) : m_now;
            after.stageId = file.stageId;
            after.stageEnteredAt = stageChangedAt;
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
        m_record("deals",
                 after.id,
                 "updated",
                 ImportRevert::snapshot(m_database, QStringLiteral("deals"), after.id, kDealColumns));
        for (const QString& eventId : repository.update(after, stageChangedAt)) {
            m_record("deal_events", eventId, "created", QString());
        }
    }
}
