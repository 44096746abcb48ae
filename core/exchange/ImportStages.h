// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvDocument.h"
#include "ImportMapping.h"
#include "ImportPlan.h"

#include <QHash>

#include <optional>

struct PlannedDeal;

// Stage names of another CRM against the pipeline: by name (stored or translated, case-
// insensitively), by the user's choice, as won/lost words, or planned as new open stages.
namespace ImportStages {

enum class Outcome
{
    Open,
    Won,
    Lost,
};

// "won", "Closed Won", "closedwon", "赢单" ...; nothing for other words.
std::optional<Outcome> outcomeOfWord(const QString& text);

class Resolver final
{
public:
    Resolver(const Pipeline& pipeline, const ImportMapping& mapping, ImportPlan& plan);
    // Nothing for an empty name; an unknown name becomes a new stage in plan.newStages.
    std::optional<Stage> resolve(const QString& name, std::optional<int> probability);

private:
    const Pipeline& m_pipeline;
    const ImportMapping& m_mapping;
    ImportPlan& m_plan;
    QHash<QString, Stage> m_byName;
    int m_nextOrder = 0;
};

// Salesforce OpportunityHistory.csv rows become the history of the new deals they belong to.
void planHistory(const CsvDocument& history,
                 QHash<QString, PlannedDeal*>& byExternalId,
                 Resolver& stages,
                 ImportPlan& plan);

} // namespace ImportStages
