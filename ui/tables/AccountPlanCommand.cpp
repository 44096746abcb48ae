// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPlanCommand.h"

#include "core/services/AccountPlanService.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

AccountPlanCommand::AccountPlanCommand(Workspace& workspace,
                                       QString accountId,
                                       std::optional<AccountPlan> before,
                                       std::optional<AccountPlan> after,
                                       const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_accountId(std::move(accountId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

AccountPlanCommand::AccountPlanCommand(Workspace& workspace,
                                       QList<Product> before,
                                       QList<Product> after,
                                       const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_productsBefore(std::move(before))
    , m_productsAfter(std::move(after))
{}

void AccountPlanCommand::apply(bool forward)
{
    if (m_productsAfter) {
        m_workspace.accountPlanService().saveProducts(forward ? *m_productsAfter : *m_productsBefore);
        return;
    }
    const std::optional<AccountPlan>& plan = forward ? m_after : m_before;
    if (plan) {
        m_workspace.accountPlanService().save(*plan);
    } else {
        m_workspace.accountPlanService().remove(m_accountId);
    }
}

void AccountPlanCommand::redo()
{
    try {
        apply(true);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
        setObsolete(true);
    }
}

void AccountPlanCommand::undo()
{
    try {
        apply(false);
    } catch (const StorageError& error) {
        qWarning("%s", qPrintable(error.message()));
    }
}
