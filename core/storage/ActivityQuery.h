// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

class Database;

// An open deal with a strategy sheet: its decision milestones (DOMAIN.md §3) and the days
// they were reached (null: not yet), in DecisionMilestone order.
struct MilestoneProgressRow
{
    QString dealId;
    QString name;
    QString ownerId;
    QString stageId;
    Money amount;
    std::array<QDate, 5> milestonesDone;
};

namespace ActivityQuery {

QList<MilestoneProgressRow> openDealsWithSheets(const Database& database, const QString& pipelineId);
// Interactions held (appointment done) in [from, to) per deal, for deals with a strategy sheet.
QHash<QString, int> interactionsOfSheetDeals(const Database& database, const QDateTime& from, const QDateTime& to);
// Open deals of the pipeline per owner, with a sheet or not.
QHash<QString, int> openDealsByOwner(const Database& database, const QString& pipelineId);

} // namespace ActivityQuery
