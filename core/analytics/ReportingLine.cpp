// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportingLine.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ReportingLine {

QList<Owner> directReports(const QList<Owner>& owners, const QString& managerId)
{
    QList<Owner> reports;
    if (managerId.isEmpty()) {
        return reports;
    }
    for (const Owner& owner : owners) {
        if (owner.managerId == managerId && owner.id != managerId) {
            reports.append(owner);
        }
    }
    std::stable_sort(reports.begin(), reports.end(), [](const Owner& a, const Owner& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return reports;
}

QStringList team(const QList<Owner>& owners, const QString& ownerId)
{
    QHash<QString, QStringList> reportsOf;
    for (const Owner& owner : owners) {
        if (!owner.managerId.isEmpty()) {
            reportsOf[owner.managerId].append(owner.id);
        }
    }
    QStringList members{ownerId};
    QSet<QString> seen{ownerId};
    for (qsizetype next = 0; next < members.size(); ++next) {
        for (const QString& report : reportsOf.value(members[next])) {
            if (!seen.contains(report)) {
                seen.insert(report);
                members.append(report);
            }
        }
    }
    return members;
}

} // namespace ReportingLine
