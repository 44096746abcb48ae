// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergeSchema.h"
#include "MergeStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/**
 * Validates the rows of a team member's file attached as `merge_source` (see MergeStore,
 * which creates temp.merge_rejects) before anything is merged. Rows that fail are recorded
 * with a reason in temp.merge_rejects and left out of the merge; nothing is read from the
 * source's own schema, every rule comes from the team file's (MergeTableSpec).
 */
class MergeValidator final
{
    // Messages are looked up under "MergeValidator", the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(MergeValidator)

public:
    explicit MergeValidator(Database& target);

    // Rows that break a rule of the table: key shapes, NOT NULL, types, lengths, time stamps
    // (and created_at/updated_at no later than `latestAllowed`), dates, money ranges,
    // currencies, the table's CHECK expressions. Returns how many rows were newly rejected.
    int rejectInvalid(const MergeTableSpec& table, const QString& latestAllowed);
    // Rows that refer to a row neither file holds (or only the rejected part of the source);
    // one pass over all tables, returns the number newly rejected. Call until it returns 0.
    int rejectDanglingReferences(const QList<MergeTableSpec>& tables);
    QList<MergeIssue> rejected() const;

private:
    Database& m_target;
};
