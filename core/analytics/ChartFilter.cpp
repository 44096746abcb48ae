// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFilter.h"

QSet<QString> ChartFilter::teamOf(const QList<Owner>& owners, const QString& managerId)
{
    QSet<QString> team{managerId};
    // Walk down level by level; the size check stops on a cycle in bad data.
    for (qsizetype before = -1; before != team.size();) {
        before = team.size();
        for (const Owner& owner : owners) {
            if (!owner.managerId.isEmpty() && team.contains(owner.managerId)) {
                team.insert(owner.id);
            }
        }
    }
    return team;
}
