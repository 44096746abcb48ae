// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include "core/util/Ids.h"

#include <QCoreApplication>

namespace {
const QString kColumns = QStringLiteral(
    "id, name, account_id, owner_id, pipeline_id, stage_id, amount_minor, currency, expected_close_date, "
    "forecast_category, source, lost_reason, lost_note, competitor, stage_entered_at, won_at, lost_at, external_id, "
    "created_at, updated_at");

Deal dealFrom(const Statement& row)
{
    Deal deal;
    deal.id = row.text(0);
    deal.name = row.text(1);
    deal.accountId = row.text(2);
    deal.ownerId = row.text(3);
    deal.pipelineId = row.text(4);
    deal.stageId = row.text(5);
    deal.amount = Money{row.integer(6), row.text(7)};
    deal.expectedCloseDate = Timestamp::dateFromStorage(row.text(8));
    deal.forecastCategory = forecastCategoryFromKey(row.text(9)).value_or(ForecastCategory::Pipeline);
    deal.source = row.text(10);
    deal.lostReason = lostReasonFromKey(row.text(11));
    deal.lostNote = row.text(12);
    deal.competitor = row.text(13);
    deal.stageEnteredAt = Timestamp::fromStorage(row.text(14));
    deal.wonAt = Timestamp::fromStorage(row.text(15));
    deal.lostAt = Timestamp::fromStorage(row.text(16));
    deal.externalId = row.text(17);
    deal.createdAt = Timestamp::fromStorage(row.text(18));
    deal.updatedAt = Timestamp::fromStorage(row.text(19));
    return deal;
}

void bindDeal(Statement& statement, const Deal& deal)
{
    statement.bind(QStringLiteral(":id"), deal.id)
        .bindText(QStringLiteral(":name"), deal.name)
        .bindNullable(QStringLiteral(":account_id"), deal.accountId)
        .bindNullable(QStringLiteral(":owner_id"), deal.ownerId)
        .bind(QStringLiteral(":pipeline_id"), deal.pipelineId)
        .bind(QStringLiteral(":stage_id"), deal.stageId)
        .bind(QStringLiteral(":amount_minor"), deal.amount.minor)
        .bind(QStringLiteral(":currency"), deal.amount.currency)
        .bindNullable(QStringLiteral(":expected_close_date"), Timestamp::dateToStorage(deal.expectedCloseDate))
        .bind(QStringLiteral(":forecast_category"), forecastCategoryKey(deal.forecastCategory))
        .bindText(QStringLiteral(":source"), deal.source)
        .bindText(QStringLiteral(":lost_reason"), lostReasonKey(deal.lostReason))
        .bindText(QStringLiteral(":lost_note"), deal.lostNote)
        .bindText(QStringLiteral(":competitor"), deal.competitor)
        .bind(QStringLiteral(":stage_entered_at"), Timestamp::toStorage(deal.stageEnteredAt))
        .bindNullable(QStringLiteral(":won_at"), Timestamp::toStorage(deal.wonAt))
        .bindNullable(QStringLiteral(":lost_at"), Timestamp::toStorage(deal.lostAt))
        .bindText(QStringLiteral(":external_id"), deal.externalId);
}

QString dateText(const QDate& date)
{
    return Timestamp::dateToStorage(date);
}
} // namespace

DealRepository::DealRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

std::optional<Deal> DealRepository::deal(const QString& id) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM deals WHERE id = :id AND deleted = 0"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return dealFrom(query);
}

QList<Deal> DealRepository::deals(const QStringList& ids) const
{
    QList<Deal> result;
    result.reserve(ids.size());
    for (const QString& id : ids) {
        if (auto found = deal(id)) {
            result.append(*found);
        }
    }
    return result;
}

QList<Deal> DealRepository::openDeals(const QString& pipelineId) const
{
    QList<Deal> result;
    Statement query(m_database,
                    QStringLiteral("SELECT d.") +
                        QString(kColumns).replace(QStringLiteral(", "), QStringLiteral(", d.")) +
                        QStringLiteral(" FROM deals d JOIN stages s ON s.id = d.stage_id "
                                       "WHERE d.pipeline_id = :pipeline_id AND d.deleted = 0 AND s.kind = 'open'"));
    query.bind(QStringLiteral(":pipeline_id"), pipelineId).exec();
    while (query.next()) {
        result.append(dealFrom(query));
    }
    return result;
}

qint64 DealRepository::count() const
{
    return Statement::scalar(m_database, QStringLiteral("SELECT count(*) FROM deals WHERE deleted = 0")).toLongLong();
}

Deal DealRepository::insert(Deal deal)
{
    const QDateTime now = m_clock.nowUtc();
    if (deal.id.isEmpty()) {
        deal.id = Ids::newId();
    }
    if (!deal.stageEnteredAt.isValid()) {
        deal.stageEnteredAt = deal.createdAt.isValid() ? deal.createdAt : now;
    }
    if (!deal.createdAt.isValid()) {
        deal.createdAt = now;
    }
    deal.updatedAt = now;
    Transaction transaction(m_database);
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO deals (") + kColumns +
                         QStringLiteral(") VALUES (:id, :name, :account_id, :owner_id, :pipeline_id, :stage_id, "
                                        ":amount_minor, :currency, :expected_close_date, :forecast_category, :source, "
                                        ":lost_reason, :lost_note, :competitor, :stage_entered_at, :won_at, :lost_at, "
                                        ":external_id, :created_at, :updated_at)"));
    bindDeal(insert, deal);
    insert.bind(QStringLiteral(":created_at"), Timestamp::toStorage(deal.createdAt))
        .bind(QStringLiteral(":updated_at"), Timestamp::toStorage(deal.updatedAt))
        .exec();
    writeEvent(DealEvent{Ids::newId(), deal.id, deal.createdAt, DealEventField::Created, QString(), deal.stageId});
    transaction.commit();
    // Round trip through the text form so the returned value equals what deal() reads.
    deal.createdAt = Timestamp::fromStorage(Timestamp::toStorage(deal.createdAt));
    deal.updatedAt = Timestamp::fromStorage(Timestamp::toStorage(deal.updatedAt));
    deal.stageEnteredAt = Timestamp::fromStorage(Timestamp::toStorage(deal.stageEnteredAt));
    return deal;
}

QStringList DealRepository::update(const Deal& deal, const QDateTime& stageChangedAt)
{
    Transaction transaction(m_database);
    const std::optional<Deal> before = this->deal(deal.id);
    if (!before) {
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("Storage", "The deal no longer exists."));
    }
    const QDateTime now = m_clock.nowUtc();
    Deal stored = deal;
    const bool stageChanged = before->stageId != deal.stageId;
    if (stageChanged && stageChangedAt.isValid()) {
        stored.stageEnteredAt = stageChangedAt;
    } else if (stageChanged && before->stageEnteredAt == deal.stageEnteredAt) {
        stored.stageEnteredAt = now;
    }
    Statement update(m_database,
                     QStringLiteral("UPDATE deals SET name = :name, account_id = :account_id, owner_id = :owner_id, "
                                    "pipeline_id = :pipeline_id, stage_id = :stage_id, amount_minor = :amount_minor, "
                                    "currency = :currency, expected_close_date = :expected_close_date, "
                                    "forecast_category = :forecast_category, source = :source, "
                                    "lost_reason = :lost_reason, lost_note = :lost_note, competitor = :competitor, "
                                    "stage_entered_at = :stage_entered_at, won_at = :won_at, lost_at = :lost_at, "
                                    "external_id = :external_id, updated_at = :updated_at "
                                    "WHERE id = :id AND deleted = 0"));
    bindDeal(update, stored);
    update.bind(QStringLiteral(":updated_at"), Timestamp::toStorage(now)).exec();

    QStringList eventIds;
    auto track = [&](DealEventField field, const QString& oldValue, const QString& newValue) {
        if (oldValue == newValue) {
            return;
        }
        const bool dated = field == DealEventField::Stage && stageChangedAt.isValid();
        DealEvent event{Ids::newId(), deal.id, dated ? stageChangedAt : now, field, oldValue, newValue};
        writeEvent(event);
        eventIds.append(event.id);
    };
    track(DealEventField::Stage, before->stageId, stored.stageId);
    track(DealEventField::Amount, QString::number(before->amount.minor), QString::number(stored.amount.minor));
    track(DealEventField::Currency, before->amount.currency, stored.amount.currency);
    track(DealEventField::CloseDate, dateText(before->expectedCloseDate), dateText(stored.expectedCloseDate));
    track(DealEventField::Owner, before->ownerId, stored.ownerId);
    track(DealEventField::ForecastCategory,
          forecastCategoryKey(before->forecastCategory),
          forecastCategoryKey(stored.forecastCategory));
    transaction.commit();
    return eventIds;
}

void DealRepository::remove(const QString& id)
{
    Statement update(m_database, QStringLiteral("UPDATE deals SET deleted = 1, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

void DealRepository::restore(const QString& id)
{
    Statement update(m_database, QStringLiteral("UPDATE deals SET deleted = 0, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

QList<DealEvent> DealRepository::events(const QString& dealId) const
{
    QList<DealEvent> result;
    Statement query(m_database,
                    QStringLiteral("SELECT id, deal_id, occurred_at, field, old_value, new_value FROM deal_events "
                                   "WHERE deal_id = :deal_id AND deleted = 0 ORDER BY occurred_at, rowid"));
    query.bind(QStringLiteral(":deal_id"), dealId).exec();
    while (query.next()) {
        DealEvent event;
        event.id = query.text(0);
        event.dealId = query.text(1);
        event.occurredAt = Timestamp::fromStorage(query.text(2));
        event.field = dealEventFieldFromKey(query.text(3));
        event.oldValue = query.isNull(4) ? QString() : query.text(4);
        event.newValue = query.isNull(5) ? QString() : query.text(5);
        result.append(event);
    }
    return result;
}

void DealRepository::retractEvents(const QStringList& eventIds)
{
    Transaction transaction(m_database);
    Statement update(m_database,
                     QStringLiteral("UPDATE deal_events SET deleted = 1, updated_at = :now WHERE id = :id"));
    const QString now = storageNow(m_clock);
    for (const QString& id : eventIds) {
        update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), now).exec();
    }
    transaction.commit();
}

void DealRepository::restoreEvents(const QStringList& eventIds)
{
    Transaction transaction(m_database);
    Statement update(m_database,
                     QStringLiteral("UPDATE deal_events SET deleted = 0, updated_at = :now WHERE id = :id"));
    const QString now = storageNow(m_clock);
    for (const QString& id : eventIds) {
        update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), now).exec();
    }
    transaction.commit();
}

void DealRepository::appendHistoricalEvent(const DealEvent& event)
{
    writeEvent(event);
}

void DealRepository::writeEvent(const DealEvent& event)
{
    const QString now = storageNow(m_clock);
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO deal_events (id, deal_id, occurred_at, field, old_value, new_value, "
                                    "created_at, updated_at) VALUES (:id, :deal_id, :occurred_at, :field, :old_value, "
                                    ":new_value, :now, :now)"));
    insert.bind(QStringLiteral(":id"), event.id.isEmpty() ? Ids::newId() : event.id)
        .bind(QStringLiteral(":deal_id"), event.dealId)
        .bind(QStringLiteral(":occurred_at"), Timestamp::toStorage(event.occurredAt))
        .bind(QStringLiteral(":field"), dealEventFieldKey(event.field))
        .bindNullable(QStringLiteral(":old_value"), event.oldValue)
        .bindNullable(QStringLiteral(":new_value"), event.newValue)
        .bind(QStringLiteral(":now"), now)
        .exec();
}
