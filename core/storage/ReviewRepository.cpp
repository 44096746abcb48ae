// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"
#include "Transaction.h"

#include "core/util/Ids.h"

namespace {
const QString kSnapshotColumns =
    QStringLiteral("id, taken_at, title, base_currency, period_kind, period_start, period_end");

ReviewSnapshot snapshotFrom(const Statement& row)
{
    return ReviewSnapshot{row.text(0),
                          Timestamp::fromStorage(row.text(1)),
                          row.text(2),
                          row.text(3),
                          row.text(4),
                          Timestamp::dateFromStorage(row.text(5)),
                          Timestamp::dateFromStorage(row.text(6))};
}

ReviewNote noteFrom(const Statement& row)
{
    return ReviewNote{
        row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), Timestamp::dateFromStorage(row.text(5))};
}

std::optional<qint64> optionalInteger(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.integer(column));
}

QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

ReviewRepository::ReviewRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<ReviewSnapshot> ReviewRepository::snapshots() const
{
    QList<ReviewSnapshot> result;
    Statement query(m_database,
                    QStringLiteral("SELECT ") + kSnapshotColumns +
                        QStringLiteral(" FROM review_snapshots WHERE deleted = 0 ORDER BY taken_at DESC"));
    query.exec();
    while (query.next()) {
        result.append(snapshotFrom(query));
    }
    return result;
}

std::optional<ReviewSnapshot> ReviewRepository::snapshot(const QString& id) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT ") + kSnapshotColumns +
                        QStringLiteral(" FROM review_snapshots WHERE id = :id AND deleted = 0"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return snapshotFrom(query);
}

ReviewSnapshot ReviewRepository::insertSnapshot(ReviewSnapshot snapshot,
                                                const QList<SnapshotDeal>& deals,
                                                const QList<SnapshotForecast>& forecasts)
{
    if (snapshot.id.isEmpty()) {
        snapshot.id = Ids::newId();
    }
    const QString now = storageNow(m_clock);
    Transaction transaction(m_database);
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO review_snapshots (") + kSnapshotColumns +
                         QStringLiteral(", created_at, updated_at) VALUES (:id, :taken_at, :title, :base_currency, "
                                        ":period_kind, :period_start, :period_end, :now, :now)"));
    insert.bind(QStringLiteral(":id"), snapshot.id)
        .bind(QStringLiteral(":taken_at"), Timestamp::toStorage(snapshot.takenAt))
        .bindText(QStringLiteral(":title"), snapshot.title)
        .bind(QStringLiteral(":base_currency"), snapshot.baseCurrency)
        .bind(QStringLiteral(":period_kind"), snapshot.periodKind)
        .bind(QStringLiteral(":period_start"), Timestamp::dateToStorage(snapshot.periodStart))
        .bind(QStringLiteral(":period_end"), Timestamp::dateToStorage(snapshot.periodEnd))
        .bind(QStringLiteral(":now"), now)
        .exec();
    Statement deal(m_database,
                   QStringLiteral("INSERT INTO review_snapshot_deals (snapshot_id, deal_id, owner_id, stage_id, "
                                  "amount_minor, currency, base_amount_minor, expected_close_date, forecast_category, "
                                  "probability, stage_entered_at, created_at, updated_at) VALUES (:snapshot_id, "
                                  ":deal_id, :owner_id, :stage_id, :amount_minor, :currency, :base_amount_minor, "
                                  ":expected_close_date, :forecast_category, :probability, :stage_entered_at, :now, "
                                  ":now)"));
    for (const SnapshotDeal& d : deals) {
        deal.bind(QStringLiteral(":snapshot_id"), snapshot.id)
            .bind(QStringLiteral(":deal_id"), d.dealId)
            .bindNullable(QStringLiteral(":owner_id"), d.ownerId)
            .bind(QStringLiteral(":stage_id"), d.stageId)
            .bind(QStringLiteral(":amount_minor"), d.amount.minor)
            .bind(QStringLiteral(":currency"), d.amount.currency)
            .bind(QStringLiteral(":base_amount_minor"), nullable(d.baseAmount))
            .bindNullable(QStringLiteral(":expected_close_date"), Timestamp::dateToStorage(d.closeDate))
            .bind(QStringLiteral(":forecast_category"), forecastCategoryKey(d.forecastCategory))
            .bind(QStringLiteral(":probability"), d.probability)
            .bind(QStringLiteral(":stage_entered_at"), Timestamp::toStorage(d.stageEnteredAt))
            .bind(QStringLiteral(":now"), now)
            .exec();
    }
    Statement forecast(m_database,
                       QStringLiteral("INSERT INTO review_snapshot_forecasts (snapshot_id, owner_id, closed_minor, "
                                      "commit_minor, best_case_minor, weighted_minor, pipeline_minor, quota_minor, "
                                      "created_at, updated_at) VALUES (:snapshot_id, :owner_id, :closed, :commit, "
                                      ":best_case, :weighted, :pipeline, :quota, :now, :now)"));
    for (const SnapshotForecast& f : forecasts) {
        forecast.bind(QStringLiteral(":snapshot_id"), snapshot.id)
            .bindText(QStringLiteral(":owner_id"), f.ownerId)
            .bind(QStringLiteral(":closed"), f.closed)
            .bind(QStringLiteral(":commit"), f.commit)
            .bind(QStringLiteral(":best_case"), f.bestCase)
            .bind(QStringLiteral(":weighted"), f.weighted)
            .bind(QStringLiteral(":pipeline"), f.pipeline)
            .bind(QStringLiteral(":quota"), nullable(f.quota))
            .bind(QStringLiteral(":now"), now)
            .exec();
    }
    transaction.commit();
    snapshot.takenAt = Timestamp::fromStorage(Timestamp::toStorage(snapshot.takenAt));
    return snapshot;
}

void ReviewRepository::removeSnapshot(const QString& id)
{
    Statement update(m_database,
                     QStringLiteral("UPDATE review_snapshots SET deleted = 1, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

QList<SnapshotDeal> ReviewRepository::snapshotDeals(const QString& snapshotId) const
{
    QList<SnapshotDeal> result;
    Statement query(m_database,
                    QStringLiteral("SELECT deal_id, owner_id, stage_id, amount_minor, currency, base_amount_minor, "
                                   "expected_close_date, forecast_category, probability, stage_entered_at "
                                   "FROM review_snapshot_deals WHERE snapshot_id = :id AND deleted = 0"));
    query.bind(QStringLiteral(":id"), snapshotId).exec();
    while (query.next()) {
        SnapshotDeal deal;
        deal.dealId = query.text(0);
        deal.ownerId = query.text(1);
        deal.stageId = query.text(2);
        deal.amount = Money{query.integer(3), query.text(4)};
        deal.baseAmount = optionalInteger(query, 5);
        deal.closeDate = Timestamp::dateFromStorage(query.text(6));
        deal.forecastCategory = forecastCategoryFromKey(query.text(7)).value_or(ForecastCategory::Pipeline);
        deal.probability = static_cast<int>(query.integer(8));
        deal.stageEnteredAt = Timestamp::fromStorage(query.text(9));
        result.append(deal);
    }
    return result;
}

QList<SnapshotForecast> ReviewRepository::snapshotForecasts(const QString& snapshotId) const
{
    QList<SnapshotForecast> result;
    Statement query(m_database,
                    QStringLiteral("SELECT owner_id, closed_minor, commit_minor, best_case_minor, weighted_minor, "
                                   "pipeline_minor, quota_minor FROM review_snapshot_forecasts "
                                   "WHERE snapshot_id = :id AND deleted = 0 ORDER BY owner_id"));
    query.bind(QStringLiteral(":id"), snapshotId).exec();
    while (query.next()) {
        result.append(SnapshotForecast{query.text(0),
                                       query.integer(1),
                                       query.integer(2),
                                       query.integer(3),
                                       query.integer(4),
                                       query.integer(5),
                                       optionalInteger(query, 6)});
    }
    return result;
}

QList<ReviewNote> ReviewRepository::notes(const QString& snapshotId) const
{
    QList<ReviewNote> result;
    Statement query(m_database,
                    QStringLiteral("SELECT id, snapshot_id, deal_id, comment, next_step, next_step_date "
                                   "FROM review_notes WHERE snapshot_id = :id AND deleted = 0"));
    query.bind(QStringLiteral(":id"), snapshotId).exec();
    while (query.next()) {
        result.append(noteFrom(query));
    }
    return result;
}

std::optional<ReviewNote> ReviewRepository::note(const QString& snapshotId, const QString& dealId) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT id, snapshot_id, deal_id, comment, next_step, next_step_date "
                                   "FROM review_notes WHERE snapshot_id = :snapshot AND deal_id = :deal AND "
                                   "deleted = 0"));
    query.bind(QStringLiteral(":snapshot"), snapshotId).bind(QStringLiteral(":deal"), dealId).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return noteFrom(query);
}

void ReviewRepository::saveNote(const ReviewNote& note)
{
    const QString now = storageNow(m_clock);
    Transaction transaction(m_database);
    const std::optional<ReviewNote> existing = this->note(note.snapshotId, note.dealId);
    if (existing && note.isEmpty()) {
        Statement update(m_database,
                         QStringLiteral("UPDATE review_notes SET deleted = 1, updated_at = :now WHERE id = :id"));
        update.bind(QStringLiteral(":id"), existing->id).bind(QStringLiteral(":now"), now).exec();
    } else if (existing) {
        Statement update(m_database,
                         QStringLiteral("UPDATE review_notes SET comment = :comment, next_step = :next_step, "
                                        "next_step_date = :date, updated_at = :now WHERE id = :id"));
        update.bind(QStringLiteral(":id"), existing->id)
            .bindText(QStringLiteral(":comment"), note.comment)
            .bindText(QStringLiteral(":next_step"), note.nextStep)
            .bindNullable(QStringLiteral(":date"), Timestamp::dateToStorage(note.nextStepDate))
            .bind(QStringLiteral(":now"), now)
            .exec();
    } else if (!note.isEmpty()) {
        Statement insert(m_database,
                         QStringLiteral("INSERT INTO review_notes (id, snapshot_id, deal_id, comment, next_step, "
                                        "next_step_date, created_at, updated_at) VALUES (:id, :snapshot, :deal, "
                                        ":comment, :next_step, :date, :now, :now)"));
        insert.bind(QStringLiteral(":id"), note.id.isEmpty() ? Ids::newId() : note.id)
            .bind(QStringLiteral(":snapshot"), note.snapshotId)
            .bind(QStringLiteral(":deal"), note.dealId)
            .bindText(QStringLiteral(":comment"), note.comment)
            .bindText(QStringLiteral(":next_step"), note.nextStep)
            .bindNullable(QStringLiteral(":date"), Timestamp::dateToStorage(note.nextStepDate))
            .bind(QStringLiteral(":now"), now)
            .exec();
    }
    transaction.commit();
}

QList<Quota> ReviewRepository::quotas(const QString& periodKind, const QDate& periodStart) const
{
    QList<Quota> result;
    Statement query(m_database,
                    QStringLiteral("SELECT id, owner_id, period_kind, period_start, amount_minor, currency FROM quotas "
                                   "WHERE deleted = 0 AND period_kind = :kind AND period_start = :start"));
    query.bind(QStringLiteral(":kind"), periodKind)
        .bind(QStringLiteral(":start"), Timestamp::dateToStorage(periodStart))
        .exec();
    while (query.next()) {
        result.append(Quota{query.text(0),
                            query.text(1),
                            query.text(2),
                            Timestamp::dateFromStorage(query.text(3)),
                            Money{query.integer(4), query.text(5)}});
    }
    return result;
}

QList<Quota> ReviewRepository::allQuotas() const
{
    QList<Quota> result;
    Statement query(m_database,
                    QStringLiteral("SELECT id, owner_id, period_kind, period_start, amount_minor, currency FROM quotas "
                                   "WHERE deleted = 0 ORDER BY period_start, owner_id"));
    query.exec();
    while (query.next()) {
        result.append(Quota{query.text(0),
                            query.text(1),
                            query.text(2),
                            Timestamp::dateFromStorage(query.text(3)),
                            Money{query.integer(4), query.text(5)}});
    }
    return result;
}

void ReviewRepository::setQuota(const QString& ownerId,
                                const QString& periodKind,
                                const QDate& periodStart,
                                const std::optional<Money>& amount)
{
    const QString now = storageNow(m_clock);
    const QString start = Timestamp::dateToStorage(periodStart);
    Transaction transaction(m_database);
    Statement remove(m_database,
                     QStringLiteral("UPDATE quotas SET deleted = 1, updated_at = :now WHERE owner_id = :owner AND "
                                    "period_kind = :kind AND period_start = :start AND deleted = 0"));
    remove.bind(QStringLiteral(":owner"), ownerId)
        .bind(QStringLiteral(":kind"), periodKind)
        .bind(QStringLiteral(":start"), start)
        .bind(QStringLiteral(":now"), now)
        .exec();
    if (amount) {
        Statement insert(m_database,
                         QStringLiteral("INSERT INTO quotas (id, owner_id, period_kind, period_start, amount_minor, "
                                        "currency, created_at, updated_at) VALUES (:id, :owner, :kind, :start, "
                                        ":amount, :currency, :now, :now)"));
        insert.bind(QStringLiteral(":id"), Ids::newId())
            .bind(QStringLiteral(":owner"), ownerId)
            .bind(QStringLiteral(":kind"), periodKind)
            .bind(QStringLiteral(":start"), start)
            .bind(QStringLiteral(":amount"), amount->minor)
            .bind(QStringLiteral(":currency"), amount->currency)
            .bind(QStringLiteral(":now"), now)
            .exec();
    }
    transaction.commit();
}
