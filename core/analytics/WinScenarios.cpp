// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinScenarios.h"

#include "CurrencyConverter.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
class Distribution final
{
public:
    void add(const QString& value, qint64 amount)
    {
        const QString folded = value.trimmed().toCaseFolded();
        auto it = m_shares.find(folded);
        if (it == m_shares.end()) {
            it = m_shares.insert(folded, ScenarioShare{value.trimmed(), 0, 0, 0});
        }
        ++it->deals;
        it->amountMinor += amount;
    }

    QList<ScenarioShare> top(int count, int wonDeals) const
    {
        QList<ScenarioShare> shares = m_shares.values();
        std::sort(shares.begin(), shares.end(), [](const ScenarioShare& a, const ScenarioShare& b) {
            return a.deals != b.deals ? a.deals > b.deals : a.key < b.key;
        });
        // The special keys never fold into "other": they say something about the records.
        QList<ScenarioShare> result;
        ScenarioShare other{WinScenarios::kOther, 0, 0, 0};
        int kept = 0;
        for (const ScenarioShare& share : shares) {
            const bool special = share.key.isEmpty() || share.key == WinScenarios::kNone;
            if (special || kept < count) {
                result.append(share);
                kept += special ? 0 : 1;
            } else {
                other.deals += share.deals;
                other.amountMinor += share.amountMinor;
            }
        }
        if (other.deals > 0) {
            result.append(other);
        }
        for (ScenarioShare& share : result) {
            share.share = wonDeals > 0 ? double(share.deals) / wonDeals : 0.0;
        }
        return result;
    }

private:
    QHash<QString, ScenarioShare> m_shares;
};
} // namespace

namespace WinScenarios {

QList<ScenarioDimension> dimensions()
{
    return {ScenarioDimension::Segment,
            ScenarioDimension::Industry,
            ScenarioDimension::Size,
            ScenarioDimension::Problem,
            ScenarioDimension::Trigger,
            ScenarioDimension::CompetitorBeaten,
            ScenarioDimension::ChampionRole};
}

QString dimensionName(ScenarioDimension dimension)
{
    switch (dimension) {
    case ScenarioDimension::Segment:
        return QCoreApplication::translate("WinScenarios", "Segment");
    case ScenarioDimension::Industry:
        return QCoreApplication::translate("WinScenarios", "Industry");
    case ScenarioDimension::Size:
        return QCoreApplication::translate("WinScenarios", "Company size");
    case ScenarioDimension::Problem:
        return QCoreApplication::translate("WinScenarios", "Problem");
    case ScenarioDimension::Trigger:
        return QCoreApplication::translate("WinScenarios", "Trigger");
    case ScenarioDimension::CompetitorBeaten:
        return QCoreApplication::translate("WinScenarios", "Competitor beaten");
    case ScenarioDimension::ChampionRole:
        return QCoreApplication::translate("WinScenarios", "Champion role");
    }
    return {};
}

WinScenarioResult compute(const QList<ClosedDealRow>& closed,
                          const QHash<QString, WonSheetFacts>& sheets,
                          const ChartFilter& filter,
                          const CurrencyConverter& converter,
                          int top)
{
    WinScenarioResult result;
    result.baseCurrency = converter.baseCurrency();
    std::array<Distribution, kScenarioDimensions> distributions;
    auto add = [&distributions](ScenarioDimension d, const QString& value, qint64 amount) {
        distributions[std::size_t(d)].add(value, amount);
    };
    for (const ClosedDealRow& row : closed) {
        if (!row.won || !filter.includesOwner(row.ownerId)) {
            continue;
        }
        const auto base = converter.toBase(row.amount);
        if (!base) {
            result.unconverted.insert(row.amount.currency);
        }
        const qint64 amount = base.value_or(0);
        ++result.wonDeals;
        result.wonAmountMinor += amount;
        add(ScenarioDimension::Segment, row.segment, amount);
        add(ScenarioDimension::Industry, row.industry, amount);
        add(ScenarioDimension::Size, row.sizeBand, amount);
        const auto sheet = sheets.constFind(row.dealId);
        if (sheet == sheets.cend()) {
            for (ScenarioDimension d : {ScenarioDimension::Problem,
                                        ScenarioDimension::Trigger,
                                        ScenarioDimension::CompetitorBeaten,
                                        ScenarioDimension::ChampionRole}) {
                add(d, kNotRecorded, amount);
            }
            continue;
        }
        ++result.withSheet;
        add(ScenarioDimension::Problem, sheet->problem, amount);
        add(ScenarioDimension::Trigger, sheet->trigger, amount);
        QStringList beaten = sheet->competitors;
        beaten.removeDuplicates();
        if (beaten.isEmpty()) {
            add(ScenarioDimension::CompetitorBeaten, kNone, amount);
        }
        for (const QString& name : std::as_const(beaten)) {
            add(ScenarioDimension::CompetitorBeaten, name, amount);
        }
        // The champion's role in the buying centre; a coach-champion has role "champion".
        const QString role = sheet->champions.isEmpty() ? kNone : sheet->champions.constFirst().role;
        add(ScenarioDimension::ChampionRole, role.isEmpty() ? kNotRecorded : role, amount);
    }
    for (ScenarioDimension d : dimensions()) {
        result.dimensions[std::size_t(d)] = distributions[std::size_t(d)].top(top, result.wonDeals);
    }
    return result;
}

} // namespace WinScenarios
