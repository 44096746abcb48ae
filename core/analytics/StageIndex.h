// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Pipeline.h"

#include <QHash>
#include <QList>
#include <QString>

// The stages of every pipeline by id, with the order and kind questions analytics ask.
class StageIndex final
{
public:
    StageIndex() = default;
    explicit StageIndex(const QList<Pipeline>& pipelines);

    const Stage* find(const QString& stageId) const;
    bool isOpen(const QString& stageId) const;
    bool isWon(const QString& stageId) const;
    bool isLost(const QString& stageId) const;
    // A move is forward when it goes to a won stage, or to an open stage later in the pipeline.
    bool isForward(const QString& from, const QString& to) const;
    bool isBackward(const QString& from, const QString& to) const;
    const QList<Pipeline>& pipelines() const { return m_pipelines; }
    const Pipeline* pipeline(const QString& pipelineId) const;

private:
    QList<Pipeline> m_pipelines;
    QHash<QString, Stage> m_stages;
};
