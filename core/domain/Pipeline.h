// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ForecastCategory.h"

#include <QDateTime>
#include <QList>
#include <QString>

enum class StageKind
{
    Open,
    Won,
    Lost,
};

QString stageKindKey(StageKind kind);
StageKind stageKindFromKey(const QString& key);

// A step of a pipeline, entered when its customer-side milestone is verified (DOMAIN.md §1).
struct Stage
{
    QString id;
    QString pipelineId;
    QString name;
    int order = 0;
    int probability = 0; // default win probability, 0-100
    QString milestone;
    int rottingDays = 0; // a deal longer than this in the stage without interaction is stalled
    ForecastCategory forecastCategory = ForecastCategory::Pipeline;
    StageKind kind = StageKind::Open;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const { return kind == StageKind::Open; }
    friend bool operator==(const Stage&, const Stage&) = default;
};

struct Pipeline
{
    QString id;
    QString name;
    int order = 0;
    QList<Stage> stages; // ordered by Stage::order; open stages first, then won, then lost
    QDateTime createdAt;
    QDateTime updatedAt;

    const Stage* stage(const QString& stageId) const;
    const Stage* wonStage() const;
    const Stage* lostStage() const;
    QList<Stage> openStages() const;
};
