// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewNames.h"

#include "core/domain/DefaultPipeline.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

ReviewNames ReviewNames::load(Workspace& workspace)
{
    ReviewNames names;
    names.m_owners = workspace.owners().owners();
    for (const Owner& owner : names.m_owners) {
        names.m_ownerNames.insert(owner.id, owner.name);
    }
    for (const Pipeline& pipeline : workspace.pipelines().pipelines()) {
        for (const Stage& stage : pipeline.stages) {
            names.m_stageNames.insert(stage.id, DefaultPipeline::displayName(stage.id, stage.name));
        }
    }
    names.m_baseCurrency = workspace.meta().baseCurrency();
    return names;
}

QString ReviewNames::owner(const QString& ownerId) const
{
    if (ownerId.isEmpty()) {
        return QCoreApplication::translate("ReviewNames", "(no owner)");
    }
    return m_ownerNames.value(ownerId, QCoreApplication::translate("ReviewNames", "(unknown rep)"));
}

QString ReviewNames::stage(const QString& stageId) const
{
    return m_stageNames.value(stageId);
}
