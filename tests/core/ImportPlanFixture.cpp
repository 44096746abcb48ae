// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlanFixture.h"

#include "core/util/Ids.h"

ImportPlan plainImportPlan(const ImportLookup& lookup, const QDateTime& now, int count, bool withCreatedEvents)
{
    ImportPlan plan;
    for (int i = 0; i < count; ++i) {
        PlannedDeal planned;
        planned.deal.id = Ids::newId();
        planned.deal.name = QStringLiteral("Deal %1").arg(i);
        planned.deal.pipelineId = lookup.pipeline.id;
        planned.deal.stageId = lookup.pipeline.openStages().first().id;
        planned.deal.amount = Money{100, QStringLiteral("USD")};
        planned.deal.createdAt = now;
        planned.deal.stageEnteredAt = now;
        if (withCreatedEvents) {
            planned.events.append(
                {Ids::newId(), planned.deal.id, now, DealEventField::Created, QString(), planned.deal.stageId});
        }
        plan.deals.append(planned);
    }
    return plan;
}
