// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStages.h"

#include "ImportValues.h"

#include "core/domain/DefaultPipeline.h"
#include "core/util/Ids.h"

#include <QCoreApplication>

#include <algorithm>

using namespace ImportValues;

namespace ImportStages {

std::optional<Outcome> outcomeOfWord(const QString& text)
{
    const QString key = ImportPlan::nameKey(text);
    static const QStringList won = {QStringLiteral("won"),
                                    QStringLiteral("closed won"),
                                    QStringLiteral("closedwon"),
                                    QStringLiteral("closed/won"),
                                    QStringLiteral("closed - won"),
                                    QStringLiteral("赢单"),
                                    QStringLiteral("成交")};
    static const QStringList lost = {QStringLiteral("lost"),
                                     QStringLiteral("closed lost"),
                                     QStringLiteral("closedlost"),
                                     QStringLiteral("closed/lost"),
                                     QStringLiteral("closed - lost"),
                                     QStringLiteral("丢单"),
                                     QStringLiteral("输单")};
    if (won.contains(key)) {
        return Outcome::Won;
    }
    if (lost.contains(key)) {
        return Outcome::Lost;
    }
    if (key == QLatin1String("open")) {
        return Outcome::Open;
    }
    return std::nullopt;
}

Resolver::Resolver(const Pipeline& pipeline, const ImportMapping& mapping, ImportPlan& plan)
    : m_pipeline(pipeline)
    , m_mapping(mapping)
    , m_plan(plan)
{
    for (const Stage& stage : pipeline.stages) {
        m_byName.insert(ImportPlan::nameKey(stage.name), stage);
        m_byName.insert(ImportPlan::nameKey(DefaultPipeline::displayName(stage.id, stage.name)), stage);
    }
    m_nextOrder = 0;
    for (const Stage& stage : pipeline.openStages()) {
        m_nextOrder = std::max(m_nextOrder, stage.order + 1);
    }
}

std::optional<Stage> Resolver::resolve(const QString& name, std::optional<int> probability)
{
    const QString key = ImportPlan::nameKey(name);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    if (const QString chosen = m_mapping.stageChoices.value(key); !chosen.isEmpty()) {
        if (const Stage* stage = m_pipeline.stage(chosen)) {
            return *stage;
        }
    }
    if (auto it = m_byName.constFind(key); it != m_byName.constEnd()) {
        return *it;
    }
    if (const auto outcome = outcomeOfWord(name); outcome && *outcome != Outcome::Open) {
        const Stage* stage = *outcome == Outcome::Won ? m_pipeline.wonStage() : m_pipeline.lostStage();
        if (stage) {
            return *stage;
        }
    }
    Stage stage;
    stage.id = Ids::newId();
    stage.pipelineId = m_pipeline.id;
    stage.name = name.simplified();
    stage.order = m_nextOrder++;
    stage.probability = probability.value_or(10);
    stage.kind = StageKind::Open;
    m_plan.newStages.append(stage);
    m_byName.insert(key, stage);
    return stage;
}

void planHistory(const CsvDocument& history,
                 QHash<QString, PlannedDeal*>& byExternalId,
                 Resolver& stages,
                 ImportPlan& plan)
{
    const int opportunity = history.column(QStringLiteral("OpportunityId"));
    const int created = history.column(QStringLiteral("CreatedDate"));
    const int stageName = history.column(QStringLiteral("StageName"));
    const int deleted = history.column(QStringLiteral("IsDeleted"));
    struct Change
    {
        QDateTime at;
        Stage stage;
    };
    QHash<QString, QList<Change>> changes;
    for (qsizetype i = 0; i < history.rows.size(); ++i) {
        const QStringList& row = history.rows.at(i);
        if (deleted >= 0 && parseBool(row.value(deleted)).value_or(false)) {
            continue;
        }
        const auto at = parseDateTime(row.value(created), DateOrder::Auto);
        const auto stage = stages.resolve(row.value(stageName), std::nullopt);
        if (!at || !stage) {
            continue;
        }
        changes[row.value(opportunity).trimmed()].append({*at, *stage});
    }
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        PlannedDeal* planned = byExternalId.value(it.key());
        if (!planned || !planned->isNew) {
            continue;
        }
        QList<Change>& list = it.value();
        std::stable_sort(list.begin(), list.end(), [](const Change& a, const Change& b) { return a.at < b.at; });
        Deal& deal = planned->deal;
        QList<DealEvent> events;
        const QDateTime start = std::min(deal.createdAt, list.first().at);
        deal.createdAt = start;
        events.append({Ids::newId(), deal.id, start, DealEventField::Created, QString(), list.first().stage.id});
        QString current = list.first().stage.id;
        QDateTime entered = start;
        for (const Change& change : list) {
            if (change.stage.id == current) {
                continue;
            }
            events.append({Ids::newId(), deal.id, change.at, DealEventField::Stage, current, change.stage.id});
            current = change.stage.id;
            entered = change.at;
        }
        if (current != deal.stageId) {
            const QDateTime at = std::max(entered, deal.stageEnteredAt);
            events.append({Ids::newId(), deal.id, at, DealEventField::Stage, current, deal.stageId});
            entered = at;
        }
        deal.stageEnteredAt = entered;
        planned->events = events;
    }
    plan.warnings.append(
        {-1,
         -1,
         QCoreApplication::translate("ImportPlanner", "Stage history: %1 deals got their stage changes.")
             .arg(changes.size())});
}

} // namespace ImportStages
