// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealEditService.h"

#include "DealService.h"
#include "InputRules.h"
#include "StrategySheetService.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
StorageError invalid(const QString& text)
{
    return {StorageError::Kind::InvalidInput, text};
}

Stakeholder stakeholderFor(const Contact& contact)
{
    Stakeholder person;
    person.contactId = contact.id;
    person.name = contact.name;
    person.title = contact.title;
    person.orgLevel = contact.orgLevel;
    return person;
}

bool sameFields(const Deal& edited, const Deal& stored)
{
    Deal same = edited;
    same.createdAt = stored.createdAt;
    same.updatedAt = stored.updatedAt;
    return same == stored;
}
} // namespace

DealEditService::DealEditService(Workspace& workspace)
    : m_workspace(workspace)
{}

void DealEditService::validate(const Deal& deal, const DealContactsEdit& contacts) const
{
    DealService(m_workspace).validate(deal);
    if (!contacts.newContactNames.isEmpty() && deal.accountId.isEmpty()) {
        throw invalid(QCoreApplication::translate("DealEditService",
                                                  "A new contact needs the deal's account: pick the account first."));
    }
    for (const QString& name : contacts.newContactNames) {
        if (name.trimmed().isEmpty()) {
            throw invalid(QCoreApplication::translate("DealEditService", "A new contact needs a name."));
        }
        const QString problem =
            InputRules::checkText(name, QCoreApplication::translate("DealEditService", "A contact's name"));
        if (!problem.isEmpty()) {
            throw invalid(problem);
        }
    }
}

DealEdit DealEditService::save(const Deal& deal, const DealContactsEdit& contacts)
{
    validate(deal, contacts);
    Transaction transaction(m_workspace.database());
    const std::optional<Deal> stored = m_workspace.deals().deal(deal.id);
    if (!stored) {
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("DealEditService", "The deal no longer exists."));
    }
    DealEdit edit;
    if (!sameFields(deal, *stored)) {
        DealChange change;
        change.before = *stored;
        change.eventIds = m_workspace.deals().update(deal);
        change.after = *m_workspace.deals().deal(deal.id);
        edit.deal = std::move(change);
    }
    applyContacts(deal, contacts, edit);
    transaction.commit();
    emitChanges(edit, deal.id, deal.accountId);
    return edit;
}

void DealEditService::applyContacts(const Deal& deal, const DealContactsEdit& contacts, DealEdit& edit)
{
    if (contacts.isEmpty()) {
        return;
    }
    edit.sheetBefore = m_workspace.strategySheets().forDeal(deal.id);
    StrategySheet sheet;
    if (edit.sheetBefore) {
        sheet = *edit.sheetBefore;
    } else {
        sheet.dealId = deal.id;
        sheet.objectiveCurrency = deal.amount.currency;
    }
    const qsizetype count = sheet.stakeholders.size();
    sheet.stakeholders.removeIf(
        [&contacts](const Stakeholder& person) { return contacts.removeStakeholderIds.contains(person.id); });
    bool changed = sheet.stakeholders.size() != count;
    for (const QString& contactId : contacts.addContactIds) {
        const bool listed =
            std::any_of(sheet.stakeholders.cbegin(),
                        sheet.stakeholders.cend(),
                        [&contactId](const Stakeholder& person) { return person.contactId == contactId; });
        if (listed) {
            continue;
        }
        const std::optional<Contact> contact = m_workspace.accounts().contact(contactId);
        if (!contact) {
            throw invalid(QCoreApplication::translate("DealEditService", "A contact you added no longer exists."));
        }
        sheet.stakeholders.append(stakeholderFor(*contact));
        changed = true;
    }
    for (const QString& name : contacts.newContactNames) {
        Contact contact;
        contact.accountId = deal.accountId;
        contact.name = name.trimmed();
        contact = m_workspace.accounts().insertContact(contact);
        edit.createdContacts.append(contact);
        sheet.stakeholders.append(stakeholderFor(contact));
        changed = true;
    }
    if (changed) {
        const QString problem = StrategySheetService::validate(sheet);
        if (!problem.isEmpty()) {
            throw invalid(problem);
        }
        edit.sheetAfter = m_workspace.strategySheets().save(sheet);
        edit.contactsChanged = true;
    }
}

DealEdit DealEditService::create(const Deal& draft, const DealContactsEdit& contacts)
{
    validate(draft, contacts);
    Transaction transaction(m_workspace.database());
    DealEdit edit;
    edit.created = m_workspace.deals().insert(draft);
    applyContacts(*edit.created, contacts, edit);
    transaction.commit();
    emitChanges(edit, edit.created->id, edit.created->accountId);
    return edit;
}

void DealEditService::revert(const DealEdit& edit)
{
    Transaction transaction(m_workspace.database());
    if (edit.deal) {
        m_workspace.dealService().revertRows(*edit.deal);
    }
    if (edit.contactsChanged) {
        if (edit.sheetBefore) {
            m_workspace.strategySheets().save(*edit.sheetBefore);
        } else {
            m_workspace.strategySheets().remove(edit.sheetAfter.id);
        }
        for (const Contact& contact : edit.createdContacts) {
            m_workspace.accounts().removeContact(contact.id);
        }
    }
    if (edit.created) {
        m_workspace.deals().remove(edit.created->id); // a tombstone, as DealService::remove
    }
    transaction.commit();
    if (edit.created) {
        emit m_workspace.events().dealsRemoved({edit.created->id});
        DealEdit contactsOnly = edit;
        contactsOnly.created.reset();
        emitChanges(contactsOnly, edit.created->id, edit.created->accountId);
        return;
    }
    emitChanges(edit,
                edit.deal ? edit.deal->before.id : edit.sheetAfter.dealId,
                edit.deal ? edit.deal->before.accountId : QString());
}

void DealEditService::reapply(const DealEdit& edit)
{
    Transaction transaction(m_workspace.database());
    if (edit.created) {
        m_workspace.deals().restore(edit.created->id);
    }
    if (edit.deal) {
        m_workspace.dealService().reapplyRows(*edit.deal);
    }
    if (edit.contactsChanged) {
        for (const Contact& contact : edit.createdContacts) {
            m_workspace.accounts().restoreContact(contact.id);
        }
        m_workspace.strategySheets().save(edit.sheetAfter);
    }
    transaction.commit();
    const QString dealId = edit.created ? edit.created->id : edit.deal ? edit.deal->after.id : edit.sheetAfter.dealId;
    emitChanges(edit,
                dealId,
                edit.created ? edit.created->accountId
                : edit.deal  ? edit.deal->after.accountId
                             : QString());
}

void DealEditService::emitChanges(const DealEdit& edit, const QString& dealId, const QString& accountId)
{
    WorkspaceEvents& events = m_workspace.events();
    if (!edit.createdContacts.isEmpty()) {
        QStringList accounts{edit.createdContacts.first().accountId};
        if (!accountId.isEmpty() && accountId != accounts.first()) {
            accounts.append(accountId);
        }
        emit events.accountsChanged(accounts);
    }
    if (edit.contactsChanged) {
        emit events.strategySheetsChanged({dealId});
    }
    if (edit.deal || edit.created) {
        emit events.dealsChanged({dealId});
    }
}
