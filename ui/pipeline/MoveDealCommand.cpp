// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveDealCommand.h"

#include "core/domain/DefaultPipeline.h"
#include "core/storage/PipelineRepository.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

MoveDealCommand::MoveDealCommand(Workspace& workspace, DealChange change, const QString& text)
    : DealChangeCommand(workspace, std::move(change), text)
{}

std::unique_ptr<MoveDealCommand>
MoveDealCommand::run(Workspace& workspace, const QString& dealId, const QString& stageId, const MoveDetails& details)
{
    DealChange change = workspace.dealService().move(dealId, stageId, details);
    const std::optional<Stage> stage = workspace.pipelines().stage(stageId);
    const QString stageName = stage ? DefaultPipeline::displayName(stage->id, stage->name) : QString();
    const QString text =
        QCoreApplication::translate("MoveDealCommand", "Move \u201C%1\u201D to %2").arg(change.after.name, stageName);
    return std::unique_ptr<MoveDealCommand>(new MoveDealCommand(workspace, std::move(change), text));
}
