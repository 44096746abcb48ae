// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/AccountPlan.h"
#include "core/domain/Product.h"

#include <QUndoCommand>

#include <optional>

class Workspace;

// One edit of an account plan as a before/after pair of whole plans (no `before`: created;
// no `after`: removed), or of the product catalogue when constructed with product lists.
class AccountPlanCommand final : public QUndoCommand
{
public:
    AccountPlanCommand(Workspace& workspace,
                       QString accountId,
                       std::optional<AccountPlan> before,
                       std::optional<AccountPlan> after,
                       const QString& text);
    AccountPlanCommand(Workspace& workspace, QList<Product> before, QList<Product> after, const QString& text);
    void redo() override;
    void undo() override;

private:
    void apply(bool forward);

    Workspace& m_workspace;
    QString m_accountId;
    std::optional<AccountPlan> m_before;
    std::optional<AccountPlan> m_after;
    std::optional<QList<Product>> m_productsBefore;
    std::optional<QList<Product>> m_productsAfter;
};
