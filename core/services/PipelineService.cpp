// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineService.h"

#include "core/domain/DefaultPipeline.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/util/Ids.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>

namespace {
[[noreturn]] void refuse(const QString& message)
{
    throw StorageError(StorageError::Kind::InvalidInput, message);
}

QString checkedName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        refuse(PipelineService::tr("A name is needed."));
    }
    if (trimmed.size() > PipelineService::maxNameLength) {
        refuse(PipelineService::tr("The name is longer than %1 characters.").arg(PipelineService::maxNameLength));
    }
    return trimmed;
}

// Open stages 1..n in the given order, then won and lost, so sort_order alone orders a
// pipeline the way the board shows it.
void renumber(PipelineRepository& repository, QList<Stage> stages)
{
    int order = 0;
    for (StageKind kind : {StageKind::Open, StageKind::Won, StageKind::Lost}) {
        for (Stage& stage : stages) {
            if (stage.kind != kind) {
                continue;
            }
            ++order;
            if (stage.order != order) {
                stage.order = order;
                repository.updateStage(stage);
            }
        }
    }
}
} // namespace

PipelineService::PipelineService(Workspace& workspace)
    : m_workspace(workspace)
{}

Pipeline PipelineService::addPipeline(const QString& name)
{
    Pipeline pipeline = DefaultPipeline::make();
    pipeline.id = Ids::newId();
    pipeline.name = checkedName(name);
    int lastOrder = 0;
    for (const Pipeline& other : m_workspace.pipelines().pipelines()) {
        lastOrder = std::max(lastOrder, other.order);
    }
    pipeline.order = lastOrder + 1;
    for (Stage& stage : pipeline.stages) {
        stage.id = Ids::newId();
        stage.pipelineId = pipeline.id;
        // Only the seeded pipeline keeps English names translated on display (fixed ids); a
        // new pipeline stores them in the user's language, as names the user now owns.
        stage.name = QCoreApplication::translate("DefaultPipeline", stage.name.toUtf8().constData());
        stage.milestone = QCoreApplication::translate("DefaultPipeline", stage.milestone.toUtf8().constData());
    }
    Transaction transaction(m_workspace.database());
    m_workspace.pipelines().insertPipeline(pipeline);
    transaction.commit();
    emit m_workspace.events().pipelinesChanged();
    return *m_workspace.pipelines().pipeline(pipeline.id);
}

void PipelineService::renamePipeline(const QString& pipelineId, const QString& name)
{
    Pipeline pipeline = existingPipeline(pipelineId);
    pipeline.name = checkedName(name);
    Transaction transaction(m_workspace.database());
    m_workspace.pipelines().updatePipeline(pipeline);
    transaction.commit();
    emit m_workspace.events().pipelinesChanged();
}

void PipelineService::removePipeline(const QString& pipelineId)
{
    const Pipeline pipeline = existingPipeline(pipelineId);
    if (m_workspace.pipelines().pipelines().size() <= 1) {
        refuse(tr("A workspace keeps at least one pipeline."));
    }
    Transaction transaction(m_workspace.database());
    for (const Stage& stage : pipeline.stages) {
        if (m_workspace.pipelines().dealCount(stage.id) > 0) {
            refuse(tr("The pipeline still has deals. Move them to another pipeline first."));
        }
    }
    for (const Stage& stage : pipeline.stages) {
        m_workspace.pipelines().removeStage(stage.id);
    }
    m_workspace.pipelines().removePipeline(pipelineId);
    transaction.commit();
    emit m_workspace.events().pipelinesChanged();
}

Stage PipelineService::addStage(const QString& pipelineId, const QString& name)
{
    const Pipeline pipeline = existingPipeline(pipelineId);
    Stage stage;
    stage.id = Ids::newId();
    stage.pipelineId = pipelineId;
    stage.name = checkedName(name);
    stage.kind = StageKind::Open;
    const QList<Stage> open = pipeline.openStages();
    stage.probability = open.isEmpty() ? 10 : open.last().probability;
    stage.rottingDays = open.isEmpty() ? 14 : open.last().rottingDays;
    stage.forecastCategory = open.isEmpty() ? ForecastCategory::Pipeline : open.last().forecastCategory;
    stage.order = static_cast<int>(open.size()) + 1;
    QList<Stage> ordered = open;
    ordered.append(stage);
    for (const Stage& closed : pipeline.stages) {
        if (!closed.isOpen()) {
            ordered.append(closed);
        }
    }
    Transaction transaction(m_workspace.database());
    m_workspace.pipelines().insertStage(stage);
    renumber(m_workspace.pipelines(), ordered);
    transaction.commit();
    emit m_workspace.events().pipelinesChanged();
    return *m_workspace.pipelines().stage(stage.id);
}

void PipelineService::renameStage(const QString& stageId, const QString& name)
{
    Stage stage = existingStage(stageId);
    stage.name = checkedName(name);
    updateStage(stage);
}

void PipelineService::moveStage(const QString& stageId, int index)
{
    const Stage stage = existingStage(stageId);
    if (!stage.isOpen()) {
        refuse(tr("Won and Lost stay at the end of the pipeline."));
    }
    const Pipeline pipeline = existingPipeline(stage.pipelineId);
    QList<Stage> open = pipeline.openStages();
    const qsizetype from = std::find(open.cbegin(), open.cend(), stage) - open.cbegin();
    if (index < 0 || index >= open.size()) {
        refuse(tr("The stage cannot move there."));
    }
    if (from == index) {
        return;
    }
    open.move(from, index);
    for (const Stage& closed : pipeline.stages) {
        if (!closed.isOpen()) {
            open.append(closed);
        }
    }
    Transaction transaction(m_workspace.database());
    renumber(m_workspace.pipelines(), open);
    transaction.commit();
    emit m_workspace.events().pipelinesChanged();
}

void PipelineService::setProbability(const QString& stageId, int probability)
{
    if (probability < 0 || probability > 100) {
        refuse(tr("A probability is between 0 and 100 %."));
    }
    Stage stage = existingStage(stageId);
    stage.probability = probability;
    updateStage(stage);
}

void PipelineService::setMilestone(const QString& stageId, const QString& milestone)
{
    Stage stage = existingStage(stageId);
    stage.milestone = milestone.trimmed();
    updateStage(stage);
}

void PipelineService::setRottingDays(const QString& stageId, int days)
{
    if (days < 0 || days > maxRottingDays) {
        refuse(tr("Rotting days are between 0 (never) and %1.").arg(maxRottingDays));
    }
    Stage stage = existingStage(stageId);
    stage.rottingDays = days;
    updateStage(stage);
}

void PipelineService::removeStage(const QString& stageId)
{
    const Stage stage = existingStage(stageId);
    if (!stage.isOpen()) {
        refuse(tr("Won and Lost cannot be deleted."));
    }
    const Pipeline pipeline = existingPipeline(stage.pipelineId);
    if (pipeline.openStages().size() <= 1) {
        refuse(tr("A pipeline keeps at least one open stage."));
    }
    Transaction transaction(m_workspace.database());
    const int deals = m_workspace.pipelines().dealCount(stageId);
    if (deals > 0) {
        refuse(tr("%n deal(s) are still in this stage. Move them to another stage first.", nullptr, deals));
    }
    m_workspace.pipelines().removeStage(stageId);
    QList<Stage> remaining;
    for (const Stage& other : pipeline.stages) {
        if (other.id != stageId) {
            remaining.append(other);
        }
    }
    renumber(m_workspace.pipelines(), remaining);
    transaction.commit();
    emit m_workspace.events().pipelinesChanged();
}

Stage PipelineService::existingStage(const QString& stageId) const
{
    std::optional<Stage> stage = m_workspace.pipelines().stage(stageId);
    if (!stage) {
        refuse(tr("The stage no longer exists."));
    }
    return *stage;
}

Pipeline PipelineService::existingPipeline(const QString& pipelineId) const
{
    std::optional<Pipeline> pipeline = m_workspace.pipelines().pipeline(pipelineId);
    if (!pipeline) {
        refuse(tr("The pipeline no longer exists."));
    }
    return *pipeline;
}

void PipelineService::updateStage(const Stage& stage)
{
    Transaction transaction(m_workspace.database());
    m_workspace.pipelines().updateStage(stage);
    transaction.commit();
    emit m_workspace.events().pipelinesChanged();
}
