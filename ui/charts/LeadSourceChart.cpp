// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadSourceChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartLabelText.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/analytics/LeadSourceMetrics.h"

#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>

#include <algorithm>

ChartFigure LeadSourceChart::build(const LeadSourceResult& r, const ChartStyle& style)
{
    ChartFigure figure;
    if (r.isEmpty()) {
        figure.emptyText = tr("No leads came in during this period for this filter.");
        return figure;
    }
    const QLocale& locale = style.locale();
    // Best lead → won on top (bottom-up categories: ascending order).
    QList<LeadSourceStats> sources = r.sources;
    std::stable_sort(sources.begin(), sources.end(), [](const LeadSourceStats& a, const LeadSourceStats& b) {
        return a.leadToWon.value_or(-1) < b.leadToWon.value_or(-1);
    });
    auto chart = ChartParts::chart(style);
    QChart* c = chart.get();
    auto* series = new QHorizontalBarSeries(c);
    series->setBarWidth(0.8);
    auto* toOpp = ChartParts::barSet(tr("Lead → opportunity"), style.color(ChartStyle::Role::Secondary));
    auto* toWon = ChartParts::barSet(tr("Opportunity → won"), style.color(ChartStyle::Role::Primary));
    auto* leadWon = ChartParts::barSet(tr("Lead → won"), style.color(ChartStyle::Role::Positive));
    QStringList names;
    double top = 0;
    for (const LeadSourceStats& s : sources) {
        names.append(tr("%1 (%2)").arg(ChartLabelText::source(s.source), ChartFormat::count(s.leads, locale)));
        *toOpp << s.leadToOpportunity.value_or(0) * 100;
        *toWon << s.opportunityToWon.value_or(0) * 100;
        *leadWon << s.leadToWon.value_or(0) * 100;
        top = std::max({top, s.leadToOpportunity.value_or(0), s.opportunityToWon.value_or(0)});
    }
    // Legend order matches the bars top-down within a group.
    series->append({leadWon, toWon, toOpp});
    c->addSeries(series);
    ChartParts::categories(c, names, Qt::AlignLeft, style);
    ChartParts::values(c, 0, std::min(100.0, top * 100 * 1.1), Qt::AlignBottom, style, tr("Rate (%)"), 0);
    for (QAbstractAxis* axis : c->axes()) {
        series->attachAxis(axis);
    }
    c->legend()->setReverseMarkers(true);
    ChartHover::bars(series, [sources, locale](QBarSet*, int index) {
        const LeadSourceStats& s = sources.at(index);
        return tr("<b>%1</b><br>Leads: %2<br>Opportunities: %3 (%4)<br>Won: %5 (%6 of opportunities, %7 of "
                  "leads)<br>Median days to convert: %8")
            .arg(ChartLabelText::source(s.source),
                 ChartFormat::count(s.leads, locale),
                 ChartFormat::count(s.opportunities, locale),
                 ChartFormat::percent(s.leadToOpportunity, 1, locale),
                 ChartFormat::count(s.won, locale),
                 ChartFormat::percent(s.opportunityToWon, 1, locale),
                 ChartFormat::percent(s.leadToWon, 1, locale),
                 ChartFormat::number(s.medianDaysToConvert, 1, locale));
    });
    figure.charts.push_back(std::move(chart));
    figure.tableHeader = {tr("Source"),
                          tr("Leads"),
                          tr("Opportunities"),
                          tr("Won"),
                          tr("Open"),
                          tr("Lead → opp."),
                          tr("Opp. → won"),
                          tr("Lead → won"),
                          tr("Median days to convert")};
    auto row = [&locale](const QString& name, const LeadSourceStats& s) {
        return QStringList{name,
                           ChartFormat::count(s.leads, locale),
                           ChartFormat::count(s.opportunities, locale),
                           ChartFormat::count(s.won, locale),
                           ChartFormat::count(s.open(), locale),
                           ChartFormat::percent(s.leadToOpportunity, 1, locale),
                           ChartFormat::percent(s.opportunityToWon, 1, locale),
                           ChartFormat::percent(s.leadToWon, 1, locale),
                           ChartFormat::number(s.medianDaysToConvert, 1, locale)};
    };
    for (auto it = sources.crbegin(); it != sources.crend(); ++it) {
        figure.tableRows.append(row(ChartLabelText::source(it->source), *it));
    }
    figure.tableRows.append(row(tr("All sources"), r.total));
    figure.notes = tr("Leads created in the period (count in brackets) and what became of them so far: "
                      "opportunity → won counts every opportunity, still open ones too, so recent leads look weaker "
                      "until their deals close. Sorted by lead → won.");
    return figure;
}
