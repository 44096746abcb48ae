// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealService.h"

#include "DealValidation.h"

#include "core/storage/DealRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>

namespace {
Deal existing(Workspace& workspace, const QString& dealId)
{
    std::optional<Deal> deal = workspace.deals().deal(dealId);
    if (!deal) {
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("DealService", "The deal no longer exists."));
    }
    return *deal;
}
} // namespace

DealService::DealService(Workspace& workspace)
    : m_workspace(workspace)
{}

void DealService::validate(const Deal& deal) const
{
    const std::optional<Pipeline> pipeline = m_workspace.pipelines().pipeline(deal.pipelineId);
    const QString problem = DealValidation::check(deal, pipeline ? &*pipeline : nullptr);
    if (!problem.isEmpty()) {
        throw StorageError(StorageError::Kind::InvalidInput, problem);
    }
}

Deal DealService::create(const Deal& draft)
{
    validate(draft);
    Transaction transaction(m_workspace.database());
    Deal stored = m_workspace.deals().insert(draft);
    transaction.commit();
    emit m_workspace.events().dealsChanged({stored.id});
    return stored;
}

DealChange DealService::update(const Deal& deal)
{
    validate(deal);
    Transaction transaction(m_workspace.database());
    DealChange change;
    change.before = existing(m_workspace, deal.id);
    change.eventIds = m_workspace.deals().update(deal);
    change.after = existing(m_workspace, deal.id);
    transaction.commit();
    emit m_workspace.events().dealsChanged({deal.id});
    return change;
}

DealChange DealService::move(const QString& dealId, const QString& stageId, const MoveDetails& details)
{
    Deal deal = existing(m_workspace, dealId);
    const std::optional<Pipeline> pipeline = m_workspace.pipelines().pipeline(deal.pipelineId);
    const Stage* target = pipeline ? pipeline->stage(stageId) : nullptr;
    if (!target) {
        throw StorageError(
            StorageError::Kind::InvalidInput,
            QCoreApplication::translate("DealService", "The target stage is not in the deal's pipeline."));
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    deal.stageId = stageId;
    deal.wonAt = {};
    deal.lostAt = {};
    deal.lostReason = LostReason::None;
    deal.lostNote.clear();
    deal.competitor.clear();
    deal.forecastCategory = target->forecastCategory;
    if (target->kind == StageKind::Won) {
        deal.wonAt = now;
        if (details.wonAmount) {
            deal.amount = *details.wonAmount;
        }
        deal.expectedCloseDate = details.closeDate.isValid() ? details.closeDate : m_workspace.clock().today();
    } else if (target->kind == StageKind::Lost) {
        deal.lostAt = now;
        deal.lostReason = details.lostReason;
        deal.lostNote = details.lostNote;
        deal.competitor = details.competitor;
    }
    return update(deal);
}

void DealService::revert(const DealChange& change)
{
    Transaction transaction(m_workspace.database());
    revertRows(change);
    transaction.commit();
    emit m_workspace.events().dealsChanged({change.before.id});
}

void DealService::revertRows(const DealChange& change)
{
    // The events of the undone change are tombstoned rather than compensated by reverse
    // events: stage conversion, time in stage and flow states then read the history as if
    // the move never happened (a compensating "back to Qualified" event would count as a
    // regression), and a merge carries the tombstones to the other copies. Writing `before`
    // makes the repository log the reverse changes; those are retracted in the same
    // transaction. Every column of the deal row comes back as it was except updated_at,
    // which moves forward on purpose: a merge must see the undo as the newest version.
    m_workspace.deals().retractEvents(change.eventIds);
    m_workspace.deals().retractEvents(m_workspace.deals().update(change.before));
}

void DealService::reapply(const DealChange& change)
{
    Transaction transaction(m_workspace.database());
    reapplyRows(change);
    transaction.commit();
    emit m_workspace.events().dealsChanged({change.after.id});
}

void DealService::reapplyRows(const DealChange& change)
{
    existing(m_workspace, change.after.id);
    m_workspace.deals().restoreEvents(change.eventIds);
    m_workspace.deals().retractEvents(m_workspace.deals().update(change.after));
}

void DealService::remove(const QString& dealId)
{
    existing(m_workspace, dealId);
    Transaction transaction(m_workspace.database());
    m_workspace.deals().remove(dealId);
    transaction.commit();
    emit m_workspace.events().dealsRemoved({dealId});
}

void DealService::restore(const QString& dealId)
{
    Transaction transaction(m_workspace.database());
    m_workspace.deals().restore(dealId);
    existing(m_workspace, dealId);
    transaction.commit();
    emit m_workspace.events().dealsChanged({dealId});
}
