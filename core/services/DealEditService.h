// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Contact.h"
#include "core/domain/StrategySheet.h"
#include "core/services/DealService.h"

#include <QList>
#include <QStringList>

#include <optional>

class Workspace;

// What the deal editor changes in the deal's contacts. A deal's contacts are the people of
// its buying centre (the stakeholders of its strategy sheet, DOMAIN.md §3): the editor and
// the sheet show one list, so they can never disagree.
struct DealContactsEdit
{
    QStringList addContactIds;        // existing contacts to add
    QStringList newContactNames;      // people to create as contacts at the deal's account, then add
    QStringList removeStakeholderIds; // buying-centre rows to take out

    bool isEmpty() const
    {
        return addContactIds.isEmpty() && newContactNames.isEmpty() && removeStakeholderIds.isEmpty();
    }
};

// A stored edit of the deal editor, kept for undo and redo.
struct DealEdit
{
    std::optional<Deal> created;    // the deal the edit made (the New deal dialog)
    std::optional<DealChange> deal; // none: the deal's own fields did not change
    bool contactsChanged = false;
    std::optional<StrategySheet> sheetBefore; // none: the edit started the deal's sheet
    StrategySheet sheetAfter;
    QList<Contact> createdContacts;

    bool isEmpty() const { return !created && !deal && !contactsChanged; }
};

/**
 * Saves what the deal editor changed, the deal's fields and its contacts (or a new deal with
 * its contacts), in one transaction, and undoes or redoes it in one transaction. Validates everything before the
 * first write (StorageError InvalidInput, nothing written). Emits dealsChanged,
 * accountsChanged (when contacts were created) and strategySheetsChanged after the commit.
 */
class DealEditService final
{
    Q_DISABLE_COPY_MOVE(DealEditService)
public:
    explicit DealEditService(Workspace& workspace);

    // An empty DealEdit when nothing differs from what is stored.
    DealEdit save(const Deal& deal, const DealContactsEdit& contacts = {});
    // A new deal with its first contacts; undone by a tombstone, as DealService::remove.
    DealEdit create(const Deal& draft, const DealContactsEdit& contacts = {});
    void revert(const DealEdit& edit);
    void reapply(const DealEdit& edit);

private:
    void validate(const Deal& deal, const DealContactsEdit& contacts) const;
    // Adds and removes the buying centre's people as `contacts` says (starting the deal's
    // sheet when it has none) and records what it did in `edit`.
    void applyContacts(const Deal& deal, const DealContactsEdit& contacts, DealEdit& edit);
    void emitChanges(const DealEdit& edit, const QString& dealId, const QString& accountId);

    Workspace& m_workspace;
};
