// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/AccountPlan.h"
#include "core/domain/Product.h"

#include <QList>
#include <QtGlobal>

class Workspace;

/**
 * Edits of account plans and of the product catalogue (DOMAIN.md §5), each a whole
 * document saved in one transaction after validation (StorageError InvalidInput, nothing
 * written). Emits WorkspaceEvents::accountPlansChanged / productsChanged after the commit.
 */
class AccountPlanService final
{
    Q_DISABLE_COPY_MOVE(AccountPlanService)
public:
    explicit AccountPlanService(Workspace& workspace);

    // Stores the plan (a new one when its id is empty or unknown); returns it as stored.
    AccountPlan save(const AccountPlan& plan);
    // Removes the account's plan; returns it as it was, for an undo.
    AccountPlan remove(const QString& accountId);
    // Makes the catalogue equal to `products`; returns it with new ids filled.
    QList<Product> saveProducts(const QList<Product>& products);

    static QString validate(const AccountPlan& plan);

private:
    Workspace& m_workspace;
};
