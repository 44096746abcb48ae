// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Pipeline.h"

#include <QList>

#include <optional>

class Clock;
class Database;

class PipelineRepository final
{
public:
    PipelineRepository(Database& database, const Clock& clock);

    // Non-deleted pipelines in order, each with its non-deleted stages in order.
    QList<Pipeline> pipelines() const;
    std::optional<Pipeline> pipeline(const QString& id) const;
    std::optional<Stage> stage(const QString& id) const;

    void insertPipeline(const Pipeline& pipeline); // with its stages
    void updatePipeline(const Pipeline& pipeline); // name and order only
    void removePipeline(const QString& id);        // tombstone; its stages are removed by the caller
    void insertStage(const Stage& stage);
    void updateStage(const Stage& stage);
    void removeStage(const QString& id); // tombstone
    // Number of non-deleted deals in the stage.
    int dealCount(const QString& stageId) const;

    // Seeds the default pipeline (fixed ids) if it is not there yet.
    void seedDefaultPipeline();

private:
    Database& m_database;
    const Clock& m_clock;
};
