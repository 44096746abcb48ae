// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepFixture.h"

#include "core/domain/Account.h"
#include "core/services/DealService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/workspace/Workspace.h"
#include "tests/support/DealBuilder.h"

namespace RepFixture {

QString owner(Workspace& workspace, const QString& name, OwnerRole role)
{
    Owner owner;
    owner.name = name;
    owner.role = role;
    return workspace.owners().insert(owner).id;
}

QString account(Workspace& workspace, const QString& name, std::optional<int> employees)
{
    Account account;
    account.name = name;
    account.employees = employees;
    return workspace.accounts().insert(account).id;
}

QString contact(Workspace& workspace, const QString& accountId, const QString& name, OrgLevel level)
{
    Contact contact;
    contact.accountId = accountId;
    contact.name = name;
    contact.orgLevel = level;
    return workspace.accounts().insertContact(contact).id;
}

Deal deal(Workspace& workspace,
          const QString& name,
          const QString& ownerId,
          const QString& accountId,
          int stage,
          const QDate& closeDate)
{
    Deal draft = DealBuilder().name(name).owner(ownerId).account(accountId).stage(2).closeDate(closeDate).build();
    Deal stored = workspace.dealService().create(draft);
    if (stage != 2) {
        MoveDetails details;
        details.lostReason = LostReason::Price;
        details.closeDate = closeDate;
        stored = workspace.dealService().move(stored.id, DealBuilder().stage(stage).build().stageId, details).after;
    }
    return stored;
}

Interaction interaction(const QString& ownerId, const QDateTime& when, const QString& dealId)
{
    Interaction interaction;
    interaction.ownerId = ownerId;
    interaction.dealId = dealId;
    interaction.scheduledAt = when;
    return interaction;
}

} // namespace RepFixture
