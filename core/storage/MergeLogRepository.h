// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergeStore.h"

#include <QList>

class Database;

// The merge log of a team file: every import of a team member's file with what it could not
// settle silently (conflicts, rows left out), for the manager to go through.
class MergeLogRepository final
{
public:
    explicit MergeLogRepository(const Database& database);

    // Newest first.
    QList<MergeImportRecord> imports() const;
    QList<MergeIssue> issues(const QString& importId) const;

private:
    const Database& m_database;
};
