// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/MergeStore.h"

#include <QList>
#include <QString>

// What importing one team member's file did. Nothing was written unless `ok`.
struct MergeResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // why the file was refused or the merge failed, for the user
    QString importId;
    QString sourceName;
    int inserted = 0;
    int updated = 0;
    QList<MergeIssue> conflicts;
    QList<MergeIssue> rejected;

    // True when the import changed no row of the team file (a second import of one file).
    bool changedNothing() const { return ok && inserted == 0 && updated == 0; }
};
