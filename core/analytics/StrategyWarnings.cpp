// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategyWarnings.h"

#include "core/storage/StrategySheetRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace StrategyWarnings {

QList<StrategyWarning> evaluate(const StrategySheet& sheet, const QDate& closeDate, bool dealOpen, const QDate& today)
{
    QList<StrategyWarning> warnings;
    const QList<Stakeholder>& people = sheet.stakeholders;
    const auto any = [&people](auto predicate) {
        return std::any_of(people.begin(), people.end(), predicate);
    };

    const bool hasEconomicBuyer = any([](const Stakeholder& p) { return p.role == StakeholderRole::EconomicBuyer; });
    if (!hasEconomicBuyer) {
        warnings << StrategyWarning::NoEconomicBuyer;
    } else if (!any([](const Stakeholder& p) { return p.role == StakeholderRole::EconomicBuyer && p.contacted; })) {
        warnings << StrategyWarning::EconomicBuyerNotMet;
    }

    if (!any([](const Stakeholder& p) { return p.isChampion(); })) {
        warnings << StrategyWarning::NoChampion;
    } else {
        // A champion of unknown level gives no evidence either way; only known levels count.
        bool anyKnown = false;
        bool anyHighEnough = false;
        for (const Stakeholder& p : people) {
            if (p.isChampion() && p.orgLevel != OrgLevel::Unknown) {
                anyKnown = true;
                anyHighEnough = anyHighEnough || p.orgLevel != OrgLevel::Staff;
            }
        }
        if (anyKnown && !anyHighEnough) {
            warnings << StrategyWarning::ChampionBelowMiddle;
        }
    }

    if (any([](const Stakeholder& p) { return p.attitude == Attitude::Opponent && p.influence == Degree::High; })) {
        warnings << StrategyWarning::HighInfluenceOpponent;
    }

    QSet<int> levels;
    for (const Stakeholder& p : people) {
        if (p.orgLevel != OrgLevel::Unknown) {
            levels.insert(static_cast<int>(p.orgLevel));
        }
    }
    if (levels.size() == 1) {
        warnings << StrategyWarning::SingleThreaded;
    }

    if (sheet.answers(QualificationAnswer::Drop) >= kDropsToWarn) {
        warnings << StrategyWarning::QualificationDrop;
    }

    if (dealOpen && closeDate.isValid() && today.daysTo(closeDate) <= kCloseSoonDays &&
        sheet.milestonesDone() < kMinMilestonesNearClose) {
        warnings << StrategyWarning::CloseSoonLowProgress;
    }
    return warnings;
}

QString displayText(StrategyWarning warning)
{
    switch (warning) {
    case StrategyWarning::NoEconomicBuyer:
        return QCoreApplication::translate("StrategyWarnings", "No economic buyer identified");
    case StrategyWarning::EconomicBuyerNotMet:
        return QCoreApplication::translate("StrategyWarnings", "Economic buyer never met");
    case StrategyWarning::NoChampion:
        return QCoreApplication::translate("StrategyWarnings", "No champion");
    case StrategyWarning::ChampionBelowMiddle:
        return QCoreApplication::translate("StrategyWarnings", "Champion below middle management");
    case StrategyWarning::HighInfluenceOpponent:
        return QCoreApplication::translate("StrategyWarnings", "Opponent with high influence");
    case StrategyWarning::SingleThreaded:
        return QCoreApplication::translate("StrategyWarnings", "Single-threaded: all contacts on one level");
    case StrategyWarning::QualificationDrop:
        return QCoreApplication::translate("StrategyWarnings", "Qualification: 3 or more checks say drop");
    case StrategyWarning::CloseSoonLowProgress:
        return QCoreApplication::translate("StrategyWarnings",
                                           "Closes within 30 days with fewer than 3 of 5 milestones");
    }
    return {};
}

QHash<QString, CardInfo> forDeals(const StrategySheetRepository& sheets, const QList<Deal>& deals, const QDate& today)
{
    QHash<QString, CardInfo> result;
    if (deals.isEmpty()) {
        return result;
    }
    QHash<QString, const Deal*> byId;
    QStringList ids;
    for (const Deal& deal : deals) {
        byId.insert(deal.id, &deal);
        ids.append(deal.id);
    }
    for (const StrategySheet& sheet : sheets.sheets(ids)) {
        const Deal* deal = byId.value(sheet.dealId);
        if (!deal) {
            continue;
        }
        const bool open = !deal->wonAt.isValid() && !deal->lostAt.isValid();
        result.insert(sheet.dealId, {sheet.milestonesDone(), evaluate(sheet, deal->expectedCloseDate, open, today)});
    }
    return result;
}

} // namespace StrategyWarnings
