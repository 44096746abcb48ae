// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSetup.h"

#include "core/domain/Owner.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/Transaction.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"

namespace WorkspaceSetup {

std::unique_ptr<Workspace>
create(const QString& path, const NewWorkspaceDialog::Answers& answers, const Clock& clock, Settings& settings)
{
    Workspace::CreateOptions options;
    options.name = answers.name;
    options.baseCurrency = answers.currency;
    std::unique_ptr<Workspace> workspace = Workspace::create(path, options, clock);

    Owner me;
    me.name = answers.myName;
    {
        Transaction transaction(workspace->database());
        if (!answers.managerName.isEmpty()) {
            Owner manager;
            manager.name = answers.managerName;
            manager.role = OwnerRole::Manager;
            me.managerId = workspace->owners().insert(manager).id;
        }
        me = workspace->owners().insert(me);
        transaction.commit();
    }
    settings.set(Settings::Key::MyOwnerId, me.id);
    settings.set(Settings::Key::DefaultCurrency, answers.currency);
    return workspace;
}

} // namespace WorkspaceSetup
