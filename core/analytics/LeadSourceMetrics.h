// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFilter.h"

#include "core/storage/LeadFunnelQuery.h"

#include <QList>
#include <QString>

#include <optional>

// Lead source analytics (DOMAIN.md §7) for leads created in the period. Rates chain:
// lead→won = lead→opportunity × opportunity→won, where opportunity→won counts every deal the
// leads became, still open or not (so young cohorts look weaker until their deals close).
struct LeadSourceStats
{
    QString source; // LeadSource key; empty when not recorded
    int leads = 0;
    int opportunities = 0;
    int won = 0;
    int lost = 0;
    std::optional<double> leadToOpportunity;
    std::optional<double> opportunityToWon;
    std::optional<double> leadToWon;
    std::optional<double> medianDaysToConvert;

    int open() const { return opportunities - won - lost; }
};

struct LeadSourceResult
{
    QList<LeadSourceStats> sources; // known sources in leadSourceKeys() order, then others, then none
    LeadSourceStats total;

    bool isEmpty() const { return total.leads == 0; }
};

namespace LeadSourceMetrics {

LeadSourceResult
compute(const QList<LeadSourceRow>& totals, const QList<LeadConversionRow>& conversions, const ChartFilter& filter);

} // namespace LeadSourceMetrics
