// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Pipeline.h"

#include <QCoreApplication>

class Workspace;

/**
 * Edits of pipelines and their stages (the pipeline/stage editor). Each call validates
 * first (StorageError of kind InvalidInput, nothing written), runs in one transaction and
 * emits WorkspaceEvents::pipelinesChanged after the commit. A stage or pipeline that still
 * has deals cannot be deleted: its deals must be moved first, so no deal loses its stage.
 */
class PipelineService final
{
    Q_DISABLE_COPY_MOVE(PipelineService)
    Q_DECLARE_TR_FUNCTIONS(PipelineService)
public:
    explicit PipelineService(Workspace& workspace);

    // A new pipeline with the stages of the default one (new ids), after the others.
    Pipeline addPipeline(const QString& name);
    void renamePipeline(const QString& pipelineId, const QString& name);
    void removePipeline(const QString& pipelineId);

    // A new open stage after the pipeline's last open stage.
    Stage addStage(const QString& pipelineId, const QString& name);
    void renameStage(const QString& stageId, const QString& name);
    // Moves an open stage to `index` among the pipeline's open stages (0 = first).
    void moveStage(const QString& stageId, int index);
    void setProbability(const QString& stageId, int probability);
    void setMilestone(const QString& stageId, const QString& milestone);
    void setRottingDays(const QString& stageId, int days);
    void removeStage(const QString& stageId);

    static constexpr int maxNameLength = 120;
    static constexpr int maxRottingDays = 3650;

private:
    Stage existingStage(const QString& stageId) const;
    Pipeline existingPipeline(const QString& pipelineId) const;
    void updateStage(const Stage& stage);

    Workspace& m_workspace;
};
