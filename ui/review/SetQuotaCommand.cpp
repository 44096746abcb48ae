// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetQuotaCommand.h"

#include "core/review/ReviewService.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

SetQuotaCommand::SetQuotaCommand(Workspace& workspace,
                                 QString ownerId,
                                 const ForecastPeriod& period,
                                 std::optional<Money> after,
                                 const QString& ownerName)
    : m_workspace(workspace)
    , m_ownerId(std::move(ownerId))
    , m_period(period)
    , m_before(workspace.reviewService().quota(m_ownerId, period))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("SetQuotaCommand", "Set quota of %1").arg(ownerName));
}

void SetQuotaCommand::apply(const std::optional<Money>& quota)
{
    m_workspace.reviewService().setQuota(m_ownerId, m_period, quota);
}

void SetQuotaCommand::redo()
{
    try {
        apply(m_after);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
        setObsolete(true);
    }
}

void SetQuotaCommand::undo()
{
    try {
        apply(m_before);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
    }
}
