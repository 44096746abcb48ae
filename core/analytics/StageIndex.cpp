// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageIndex.h"

StageIndex::StageIndex(const QList<Pipeline>& pipelines)
    : m_pipelines(pipelines)
{
    for (const Pipeline& pipeline : pipelines) {
        for (const Stage& stage : pipeline.stages) {
            m_stages.insert(stage.id, stage);
        }
    }
}

const Stage* StageIndex::find(const QString& stageId) const
{
    const auto it = m_stages.constFind(stageId);
    return it == m_stages.cend() ? nullptr : &it.value();
}

bool StageIndex::isOpen(const QString& stageId) const
{
    const Stage* stage = find(stageId);
    return stage && stage->kind == StageKind::Open;
}

bool StageIndex::isWon(const QString& stageId) const
{
    const Stage* stage = find(stageId);
    return stage && stage->kind == StageKind::Won;
}

bool StageIndex::isLost(const QString& stageId) const
{
    const Stage* stage = find(stageId);
    return stage && stage->kind == StageKind::Lost;
}

bool StageIndex::isForward(const QString& from, const QString& to) const
{
    const Stage* a = find(from);
    const Stage* b = find(to);
    if (!a || !b || a->kind != StageKind::Open) {
        return false;
    }
    return b->kind == StageKind::Won || (b->kind == StageKind::Open && b->order > a->order);
}

bool StageIndex::isBackward(const QString& from, const QString& to) const
{
    const Stage* a = find(from);
    const Stage* b = find(to);
    return a && b && a->kind == StageKind::Open && b->kind == StageKind::Open && b->order < a->order;
}

const Pipeline* StageIndex::pipeline(const QString& pipelineId) const
{
    for (const Pipeline& p : m_pipelines) {
        if (p.id == pipelineId) {
            return &p;
        }
    }
    return nullptr;
}
