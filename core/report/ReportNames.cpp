// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportNames.h"

#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/workspace/Workspace.h"

ReportNames ReportNames::load(Workspace& workspace)
{
    ReportNames names;
    names.m_owners = workspace.owners().owners();
    for (const Owner& owner : std::as_const(names.m_owners)) {
        names.m_ownerNames.insert(owner.id, owner.name);
    }
    names.m_pipelines = workspace.pipelines().pipelines();
    for (const Pipeline& pipeline : std::as_const(names.m_pipelines)) {
        for (const Stage& stage : pipeline.stages) {
            names.m_stages.insert(stage.id, stage);
        }
    }
    names.m_baseCurrency = workspace.meta().baseCurrency();
    names.m_workspaceName = workspace.displayName();
    return names;
}

QString ReportNames::owner(const QString& ownerId) const
{
    return m_ownerNames.value(ownerId);
}

QString ReportNames::stage(const QString& stageId) const
{
    const Stage* stage = stageById(stageId);
    return stage ? stage->name : QString();
}

const Stage* ReportNames::stageById(const QString& stageId) const
{
    const auto it = m_stages.constFind(stageId);
    return it == m_stages.cend() ? nullptr : &it.value();
}

std::optional<Owner> ReportNames::findOwner(const QString& idOrName) const
{
    const QString wanted = idOrName.simplified();
    for (const Owner& owner : m_owners) {
        if (owner.id == wanted || owner.name.simplified().compare(wanted, Qt::CaseInsensitive) == 0) {
            return owner;
        }
    }
    return std::nullopt;
}
