// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadSourceMetrics.h"

#include "Statistics.h"

#include "core/domain/Lead.h"

#include <QHash>

#include <algorithm>

namespace {
constexpr double kMsecsPerDay = 86400000.0;

void finish(LeadSourceStats& stats, const QList<double>& days)
{
    stats.leadToOpportunity = Statistics::ratio(stats.opportunities, stats.leads);
    stats.opportunityToWon = Statistics::ratio(stats.won, stats.opportunities);
    stats.leadToWon = Statistics::ratio(stats.won, stats.leads);
    stats.medianDaysToConvert = Statistics::median(days);
}
} // namespace

namespace LeadSourceMetrics {

LeadSourceResult
compute(const QList<LeadSourceRow>& totals, const QList<LeadConversionRow>& conversions, const ChartFilter& filter)
{
    LeadSourceResult result;
    QHash<QString, LeadSourceStats> bySource;
    for (const LeadSourceRow& row : totals) {
        if (!filter.includesOwner(row.ownerId)) {
            continue;
        }
        LeadSourceStats& stats = bySource[row.source];
        stats.source = row.source;
        for (LeadSourceStats* target : {&stats, &result.total}) {
            target->leads += row.leads;
            target->opportunities += row.converted;
            target->won += row.won;
            target->lost += row.lost;
        }
    }
    QHash<QString, QList<double>> days;
    QList<double> allDays;
    for (const LeadConversionRow& row : conversions) {
        if (!filter.includesOwner(row.ownerId) || row.convertedMs < row.createdMs || row.createdMs <= 0) {
            continue;
        }
        const double d = double(row.convertedMs - row.createdMs) / kMsecsPerDay;
        days[row.source].append(d);
        allDays.append(d);
    }
    const QStringList known = leadSourceKeys();
    QStringList order = bySource.keys();
    std::sort(order.begin(), order.end(), [&known](const QString& a, const QString& b) {
        // Known sources in their canonical order, then other names, then the unrecorded one.
        auto rank = [&known](const QString& key) {
            const qsizetype i = known.indexOf(key);
            return i >= 0 ? i : (key.isEmpty() ? known.size() + 1 : known.size());
        };
        const auto ra = rank(a);
        const auto rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    for (const QString& source : order) {
        LeadSourceStats stats = bySource.value(source);
        finish(stats, days.value(source));
        result.sources.append(stats);
    }
    finish(result.total, allDays);
    return result;
}

} // namespace LeadSourceMetrics
