// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefaultPipeline.h"

#include <QCoreApplication>

namespace {
struct StageSeed
{
    const char* id;
    const char* name;
    int probability;
    const char* milestone;
    int rottingDays;
    ForecastCategory category;
    StageKind kind;
};

// Milestones are verifiable customer-side events (统一的销售语言).
const StageSeed kSeeds[] = {
    {"6a1d0b2e-0000-4000-8000-000000000101",
     QT_TRANSLATE_NOOP("DefaultPipeline", "Lead"),
     5,
     QT_TRANSLATE_NOOP("DefaultPipeline", "Contact with a named person at a target account"),
     14,
     ForecastCategory::Pipeline,
     StageKind::Open},
    {"6a1d0b2e-0000-4000-8000-000000000102",
     QT_TRANSLATE_NOOP("DefaultPipeline", "Qualified"),
     10,
     QT_TRANSLATE_NOOP("DefaultPipeline", "Need, owner and rough budget confirmed"),
     21,
     ForecastCategory::Pipeline,
     StageKind::Open},
    {"6a1d0b2e-0000-4000-8000-000000000103",
     QT_TRANSLATE_NOOP("DefaultPipeline", "Needs confirmed"),
     25,
     QT_TRANSLATE_NOOP("DefaultPipeline", "Customer confirmed the problem and its business impact"),
     21,
     ForecastCategory::Pipeline,
     StageKind::Open},
    {"6a1d0b2e-0000-4000-8000-000000000104",
     QT_TRANSLATE_NOOP("DefaultPipeline", "Solution / POC"),
     50,
     QT_TRANSLATE_NOOP("DefaultPipeline", "Evaluation criteria agreed; demo or proof of concept under way"),
     30,
     ForecastCategory::BestCase,
     StageKind::Open},
    {"6a1d0b2e-0000-4000-8000-000000000105",
     QT_TRANSLATE_NOOP("DefaultPipeline", "Proposal"),
     70,
     QT_TRANSLATE_NOOP("DefaultPipeline", "Proposal sent to the economic buyer"),
     21,
     ForecastCategory::BestCase,
     StageKind::Open},
    {"6a1d0b2e-0000-4000-8000-000000000106",
     QT_TRANSLATE_NOOP("DefaultPipeline", "Negotiation"),
     85,
     QT_TRANSLATE_NOOP("DefaultPipeline", "Verbal selection; contract in legal or procurement"),
     14,
     ForecastCategory::Commit,
     StageKind::Open},
    {"6a1d0b2e-0000-4000-8000-000000000107",
     QT_TRANSLATE_NOOP("DefaultPipeline", "Won"),
     100,
     QT_TRANSLATE_NOOP("DefaultPipeline", "Contract signed"),
     0,
     ForecastCategory::Closed,
     StageKind::Won},
    {"6a1d0b2e-0000-4000-8000-000000000108",
     QT_TRANSLATE_NOOP("DefaultPipeline", "Lost"),
     0,
     QT_TRANSLATE_NOOP("DefaultPipeline", "Customer chose otherwise or made no decision"),
     0,
     ForecastCategory::Omitted,
     StageKind::Lost},
};
const char* const kPipelineName = QT_TRANSLATE_NOOP("DefaultPipeline", "Sales pipeline");
} // namespace

namespace DefaultPipeline {

QStringList stageIds()
{
    QStringList ids;
    for (const StageSeed& seed : kSeeds) {
        ids.append(QString::fromLatin1(seed.id));
    }
    return ids;
}

Pipeline make()
{
    Pipeline pipeline;
    pipeline.id = QString::fromLatin1(pipelineId);
    pipeline.name = QString::fromLatin1(kPipelineName);
    int order = 0;
    for (const StageSeed& seed : kSeeds) {
        Stage stage;
        stage.id = QString::fromLatin1(seed.id);
        stage.pipelineId = pipeline.id;
        stage.name = QString::fromLatin1(seed.name);
        stage.order = ++order;
        stage.probability = seed.probability;
        stage.milestone = QString::fromLatin1(seed.milestone);
        stage.rottingDays = seed.rottingDays;
        stage.forecastCategory = seed.category;
        stage.kind = seed.kind;
        pipeline.stages.append(stage);
    }
    return pipeline;
}

QString displayName(const QString& id, const QString& storedName)
{
    if (id == QLatin1String(pipelineId) && storedName == QLatin1String(kPipelineName)) {
        return QCoreApplication::translate("DefaultPipeline", kPipelineName);
    }
    for (const StageSeed& seed : kSeeds) {
        if (id == QLatin1String(seed.id) && storedName == QLatin1String(seed.name)) {
            return QCoreApplication::translate("DefaultPipeline", seed.name);
        }
    }
    return storedName;
}

} // namespace DefaultPipeline
