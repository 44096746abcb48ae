// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Account.h"
#include "core/domain/Contact.h"
#include "core/domain/Deal.h"
#include "core/domain/DealEvent.h"
#include "core/domain/Owner.h"
#include "core/domain/Pipeline.h"

#include <QHash>
#include <QList>
#include <QString>

// What the workspace holds that an import links to, keyed by case-folded, whitespace-
// simplified names (ImportPlan::nameKey).
struct ImportLookup
{
    QString baseCurrency = QStringLiteral("USD");
    Pipeline pipeline;
    QHash<QString, Owner> owners;
    QHash<QString, Account> accounts;
    QHash<QString, QString> contactIds; // accountId + '\x1f' + name key -> contact id
    QHash<QString, QString> dealsByExternalId;
    QHash<QString, QString> dealsByNameAccount; // name key + '\x1f' + account id -> deal id
};

struct PlannedDeal
{
    Deal deal;
    bool isNew = true;
    // For updates: which Deal members the file gives (others keep their stored values).
    bool hasAmount = false;
    bool hasCloseDate = false;
    bool hasOwner = false;
    bool hasAccount = false;
    bool hasStage = false;
    // The file says when the deal entered its stage (a stage-change, won or lost date, or
    // a closed deal's close date): an update's stage event is dated then, not at import.
    bool stageTimeKnown = false;
    QList<DealEvent> events;   // new deals: their history, the "created" event first
    QList<QString> contactIds; // contacts of the row (new or linked)
    int row = 0;               // 0-based data row
};

struct ImportRowNote
{
    int row = 0;     // 0-based data row
    int column = -1; // -1: the whole row
    QString message;
};

// The outcome of reading a file against the workspace, before anything is written. The
// preview shows it; ImportStore::apply() writes it in one transaction.
struct ImportPlan
{
    QList<Owner> newOwners;
    QList<Owner> changedOwners; // existing owners given a manager
    QList<Account> newAccounts;
    QList<Account> changedAccounts; // existing accounts given industry/employees/region
    QList<Contact> newContacts;
    QList<Stage> newStages;
    QList<PlannedDeal> deals;

    int rowsRead = 0;
    QList<ImportRowNote> skipped;  // rows left out, with the reason
    QList<ImportRowNote> warnings; // cells that were read with a fallback
    int linkedAccounts = 0;        // distinct existing accounts the file refers to
    int linkedOwners = 0;
    QHash<int, QString> rowState; // row -> "new", "update" (the preview's first column)

    static QString nameKey(const QString& name) { return name.simplified().toCaseFolded(); }
};
