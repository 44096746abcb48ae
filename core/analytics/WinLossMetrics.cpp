// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinLossMetrics.h"

#include "CurrencyConverter.h"
#include "Statistics.h"

#include <algorithm>

namespace {
class Grouping final
{
public:
    void add(const QString& key, bool won, qint64 amount)
    {
        WinRateGroup& group = m_groups[key];
        group.key = key;
        if (won) {
            ++group.won;
            group.wonAmountMinor += amount;
        } else {
            ++group.lost;
        }
    }

    QList<WinRateGroup> sorted() const
    {
        QList<WinRateGroup> groups = m_groups.values();
        for (WinRateGroup& group : groups) {
            group.winRate = Statistics::ratio(group.won, group.closed());
        }
        std::sort(groups.begin(), groups.end(), [](const WinRateGroup& a, const WinRateGroup& b) {
            return a.closed() != b.closed() ? a.closed() > b.closed() : a.key < b.key;
        });
        return groups;
    }

private:
    QHash<QString, WinRateGroup> m_groups;
};
} // namespace

namespace WinLossMetrics {

WinLossResult compute(const QList<ClosedDealRow>& closed,
                      const QHash<QString, WonSheetFacts>& sheets,
                      const ChartFilter& filter,
                      const CurrencyConverter& converter)
{
    WinLossResult result;
    result.baseCurrency = converter.baseCurrency();
    Grouping segment;
    Grouping industry;
    Grouping source;
    Grouping competitor;
    QHash<QString, LostReasonCount> reasons;
    for (const ClosedDealRow& row : closed) {
        if (!filter.includesOwner(row.ownerId)) {
            continue;
        }
        const auto base = converter.toBase(row.amount);
        if (!base) {
            result.unconverted.insert(row.amount.currency);
        }
        const qint64 amount = base.value_or(0);
        (row.won ? result.won : result.lost) += 1;
        segment.add(row.segment, row.won, amount);
        industry.add(row.industry, row.won, amount);
        source.add(row.source, row.won, amount);
        if (row.won) {
            QStringList beaten = sheets.value(row.dealId).competitors;
            beaten.removeDuplicates();
            for (const QString& name : std::as_const(beaten)) {
                competitor.add(name, true, amount);
            }
        } else {
            if (!row.competitor.trimmed().isEmpty()) {
                competitor.add(row.competitor.trimmed(), false, amount);
            }
            LostReasonCount& reason = reasons[row.lostReason];
            reason.reason = row.lostReason;
            ++reason.deals;
            reason.amountMinor += amount;
        }
    }
    result.winRate = Statistics::ratio(result.won, result.won + result.lost);
    result.bySegment = segment.sorted();
    result.byIndustry = industry.sorted();
    result.bySource = source.sorted();
    result.byCompetitor = competitor.sorted();
    result.lostReasons = reasons.values();
    std::sort(result.lostReasons.begin(), result.lostReasons.end(), [](const auto& a, const auto& b) {
        return a.deals != b.deals ? a.deals > b.deals : a.reason < b.reason;
    });
    return result;
}

} // namespace WinLossMetrics
