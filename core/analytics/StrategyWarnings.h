// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Deal.h"
#include "core/domain/StrategySheet.h"

#include <QDate>
#include <QHash>
#include <QList>

class StrategySheetRepository;

// What a strategy sheet warns about (DOMAIN.md §3), in display order.
enum class StrategyWarning
{
    NoEconomicBuyer,       // nobody in the buying centre has the economic-buyer role
    EconomicBuyerNotMet,   // there is an economic buyer, but none was contacted
    NoChampion,            // nobody is a coach-champion by role or a champion by attitude
    ChampionBelowMiddle,   // every champion whose level is known is staff, below middle management
    HighInfluenceOpponent, // an opponent with high influence
    SingleThreaded,        // every stakeholder whose level is known sits on the same level
    QualificationDrop,     // three or more of the five checks answered "drop"
    CloseSoonLowProgress,  // open, close date within 30 days (or past), fewer than 3 of 5 milestones
};

namespace StrategyWarnings {

inline constexpr int kCloseSoonDays = 30;
inline constexpr int kMinMilestonesNearClose = 3;
inline constexpr int kDropsToWarn = 3;

// The warnings of a sheet. `closeDate` is the deal's expected close date (none: the date
// rule does not apply), `dealOpen` whether the deal is still open.
QList<StrategyWarning> evaluate(const StrategySheet& sheet, const QDate& closeDate, bool dealOpen, const QDate& today);
QString displayText(StrategyWarning warning);

// What a kanban card shows for a deal with a sheet.
struct CardInfo
{
    int milestonesDone = 0;
    QList<StrategyWarning> warnings;
};

// Card info of the deals that have a sheet (deals without one are absent). A deal counts
// as open while it has neither a won nor a lost time.
QHash<QString, CardInfo> forDeals(const StrategySheetRepository& sheets, const QList<Deal>& deals, const QDate& today);

} // namespace StrategyWarnings
