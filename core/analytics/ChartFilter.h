// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPeriod.h"

#include "core/domain/Owner.h"

#include <QList>
#include <QSet>
#include <QString>

// What the Charts area looks at: one pipeline (stages differ between pipelines, so funnel
// shapes are never mixed), some owners (a rep, a manager's team, or everyone) and a period.
struct ChartFilter
{
    QString pipelineId;
    QSet<QString> ownerIds; // empty: everyone
    ReportPeriod period;

    bool includesOwner(const QString& ownerId) const { return ownerIds.isEmpty() || ownerIds.contains(ownerId); }
    bool isEveryone() const { return ownerIds.isEmpty(); }

    // A manager's team: the manager and everyone reporting to them, directly or further down.
    static QSet<QString> teamOf(const QList<Owner>& owners, const QString& managerId);
};
