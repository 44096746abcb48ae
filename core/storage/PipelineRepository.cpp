// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"
#include "Transaction.h"

#include "core/domain/DefaultPipeline.h"

namespace {
const QString kStageColumns =
    QStringLiteral("id, pipeline_id, name, sort_order, probability, milestone, rotting_days, forecast_category, kind, "
                   "created_at, updated_at");

Stage stageFrom(const Statement& row)
{
    Stage stage;
    stage.id = row.text(0);
    stage.pipelineId = row.text(1);
    stage.name = row.text(2);
    stage.order = static_cast<int>(row.integer(3));
    stage.probability = static_cast<int>(row.integer(4));
    stage.milestone = row.text(5);
    stage.rottingDays = static_cast<int>(row.integer(6));
    stage.forecastCategory = forecastCategoryFromKey(row.text(7)).value_or(ForecastCategory::Pipeline);
    stage.kind = stageKindFromKey(row.text(8));
    stage.createdAt = Timestamp::fromStorage(row.text(9));
    stage.updatedAt = Timestamp::fromStorage(row.text(10));
    return stage;
}

void bindStage(Statement& statement, const Stage& stage)
{
    statement.bind(QStringLiteral(":id"), stage.id)
        .bind(QStringLiteral(":pipeline_id"), stage.pipelineId)
        .bindText(QStringLiteral(":name"), stage.name)
        .bind(QStringLiteral(":sort_order"), stage.order)
        .bind(QStringLiteral(":probability"), stage.probability)
        .bindText(QStringLiteral(":milestone"), stage.milestone)
        .bind(QStringLiteral(":rotting_days"), stage.rottingDays)
        .bind(QStringLiteral(":forecast_category"), forecastCategoryKey(stage.forecastCategory))
        .bind(QStringLiteral(":kind"), stageKindKey(stage.kind));
}
} // namespace

PipelineRepository::PipelineRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<Pipeline> PipelineRepository::pipelines() const
{
    QList<Pipeline> result;
    Statement query(m_database,
                    QStringLiteral("SELECT id, name, sort_order, created_at, updated_at FROM pipelines "
                                   "WHERE deleted = 0 ORDER BY sort_order, name"));
    query.exec();
    while (query.next()) {
        Pipeline pipeline;
        pipeline.id = query.text(0);
        pipeline.name = query.text(1);
        pipeline.order = static_cast<int>(query.integer(2));
        pipeline.createdAt = Timestamp::fromStorage(query.text(3));
        pipeline.updatedAt = Timestamp::fromStorage(query.text(4));
        result.append(pipeline);
    }
    Statement stages(m_database,
                     QStringLiteral("SELECT ") + kStageColumns +
                         QStringLiteral(" FROM stages WHERE deleted = 0 ORDER BY "
                                        "CASE kind WHEN 'open' THEN 0 WHEN 'won' THEN 1 ELSE 2 END, sort_order"));
    stages.exec();
    while (stages.next()) {
        Stage stage = stageFrom(stages);
        for (Pipeline& pipeline : result) {
            if (pipeline.id == stage.pipelineId) {
                pipeline.stages.append(stage);
                break;
            }
        }
    }
    return result;
}

std::optional<Pipeline> PipelineRepository::pipeline(const QString& id) const
{
    for (const Pipeline& pipeline : pipelines()) {
        if (pipeline.id == id) {
            return pipeline;
        }
    }
    return std::nullopt;
}

std::optional<Stage> PipelineRepository::stage(const QString& id) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT ") + kStageColumns +
                        QStringLiteral(" FROM stages WHERE id = :id AND deleted = 0"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return stageFrom(query);
}

void PipelineRepository::insertPipeline(const Pipeline& pipeline)
{
    Transaction transaction(m_database);
    const QString now = storageNow(m_clock);
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO pipelines (id, name, sort_order, created_at, updated_at) "
                                    "VALUES (:id, :name, :sort_order, :now, :now)"));
    insert.bind(QStringLiteral(":id"), pipeline.id)
        .bindText(QStringLiteral(":name"), pipeline.name)
        .bind(QStringLiteral(":sort_order"), pipeline.order)
        .bind(QStringLiteral(":now"), now)
        .exec();
    for (const Stage& stage : pipeline.stages) {
        insertStage(stage);
    }
    transaction.commit();
}

void PipelineRepository::updatePipeline(const Pipeline& pipeline)
{
    Statement update(m_database,
                     QStringLiteral("UPDATE pipelines SET name = :name, sort_order = :sort_order, updated_at = :now "
                                    "WHERE id = :id"));
    update.bind(QStringLiteral(":id"), pipeline.id)
        .bindText(QStringLiteral(":name"), pipeline.name)
        .bind(QStringLiteral(":sort_order"), pipeline.order)
        .bind(QStringLiteral(":now"), storageNow(m_clock))
        .exec();
}

void PipelineRepository::removePipeline(const QString& id)
{
    Statement update(m_database, QStringLiteral("UPDATE pipelines SET deleted = 1, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

void PipelineRepository::insertStage(const Stage& stage)
{
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO stages (") + kStageColumns +
                         QStringLiteral(") VALUES (:id, :pipeline_id, :name, :sort_order, :probability, :milestone, "
                                        ":rotting_days, :forecast_category, :kind, :now, :now)"));
    bindStage(insert, stage);
    insert.bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

void PipelineRepository::updateStage(const Stage& stage)
{
    Statement update(m_database,
                     QStringLiteral("UPDATE stages SET pipeline_id = :pipeline_id, name = :name, "
                                    "sort_order = :sort_order, probability = :probability, milestone = :milestone, "
                                    "rotting_days = :rotting_days, forecast_category = :forecast_category, "
                                    "kind = :kind, updated_at = :now WHERE id = :id"));
    bindStage(update, stage);
    update.bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

void PipelineRepository::removeStage(const QString& id)
{
    Statement update(m_database, QStringLiteral("UPDATE stages SET deleted = 1, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":now"), storageNow(m_clock)).exec();
}

int PipelineRepository::dealCount(const QString& stageId) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = :stage_id AND deleted = 0"));
    query.bind(QStringLiteral(":stage_id"), stageId).exec();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

void PipelineRepository::seedDefaultPipeline()
{
    Statement exists(m_database, QStringLiteral("SELECT count(*) FROM pipelines WHERE id = :id"));
    exists.bind(QStringLiteral(":id"), QString::fromLatin1(DefaultPipeline::pipelineId)).exec();
    if (exists.next() && exists.integer(0) > 0) {
        return;
    }
    insertPipeline(DefaultPipeline::make());
}
