// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/analytics/ActivityProgress.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>

namespace {
// Dots of deals with equal figures would hide each other: spread them a little, the same way
// every time (from the deal id), never across a milestone level.
double jitter(const QString& dealId, double spread)
{
    const size_t h = qHash(dealId);
    return (double(h % 1000) / 999.0 - 0.5) * spread;
}
} // namespace

ChartFigure ActivityChart::build(const ActivityProgressResult& r,
                                 const QHash<QString, QString>& ownerNames,
                                 const ChartStyle& style)
{
    ChartFigure figure;
    const QLocale& locale = style.locale();
    if (r.isEmpty()) {
        figure.emptyText = r.dealsWithoutSheet > 0
                               ? tr("None of the %1 open deals has a strategy sheet, so there are no decision "
                                    "milestones to measure progress by.")
                                     .arg(ChartFormat::count(r.dealsWithoutSheet, locale))
                               : tr("No open deals with a strategy sheet for this filter.");
        return figure;
    }
    auto chart = ChartParts::chart(style);
    QChart* c = chart.get();
    int most = 0;
    for (const ActivityPoint& p : r.deals) {
        most = std::max(most, p.interactions);
    }
    ChartParts::values(c,
                       0,
                       std::max(most, r.busyThreshold) * 1.1 + 0.5,
                       Qt::AlignBottom,
                       style,
                       tr("Interactions held in the period"),
                       0);
    ChartParts::values(c, 0, 100, Qt::AlignLeft, style, tr("Decision milestones reached (%)"), 0);

    const QString currency = r.baseCurrency;
    struct Group
    {
        QScatterSeries* series;
        QList<ActivityPoint> points;
    };
    auto makeGroup = [&](const QString& name, const QColor& color) {
        auto* series = new QScatterSeries(c);
        series->setName(name);
        series->setMarkerSize(9);
        series->setColor(color);
        series->setBorderColor(style.background());
        return Group{series, {}};
    };
    Group progress = makeGroup(tr("Progress in the period"), style.color(ChartStyle::Role::Primary));
    Group idle = makeGroup(tr("No progress, little activity"), style.color(ChartStyle::Role::Neutral));
    Group busy = makeGroup(tr("Busy without progress"), style.color(ChartStyle::Role::Negative));
    for (const ActivityPoint& p : r.deals) {
        Group& g = p.busyWithoutProgress ? busy : (p.milestonesInPeriod > 0 ? progress : idle);
        // The jitter separates deals on the same spot; it must not push one off the plot (or
        // half of its dot past an axis), so it stays inside the axes' range.
        g.series->append(std::max(0.15, p.interactions + jitter(p.dealId, 0.5)),
                         std::clamp(p.progress() * 100 + jitter(p.dealId + QLatin1Char('y'), 8), 1.0, 99.0));
        g.points.append(p);
    }
    auto* threshold = ChartParts::line(c, QString(), style.color(ChartStyle::Role::Negative), Qt::DotLine, 1.2);
    threshold->append(r.busyThreshold - 0.5, 0);
    threshold->append(r.busyThreshold - 0.5, 100);
    ChartParts::attach(c, threshold);
    for (Group* g : {&idle, &progress, &busy}) {
        ChartParts::attach(c, g->series);
        const QList<ActivityPoint> points = g->points;
        ChartHover::points(g->series, [points, ownerNames, currency, locale](int index) {
            const ActivityPoint& p = points.at(index);
            return tr("<b>%1</b><br>%2 · %3<br>Interactions in the period: %4<br>Milestones reached: %5 of 5 (%6 in "
                      "the period)")
                .arg(p.name.toHtmlEscaped(),
                     ownerNames.value(p.ownerId).toHtmlEscaped(),
                     ChartFormat::money(p.amountMinor, currency, locale),
                     ChartFormat::count(p.interactions, locale),
                     ChartFormat::count(p.milestonesDone, locale),
                     ChartFormat::count(p.milestonesInPeriod, locale));
        });
    }
    c->legend()->markers(threshold).constFirst()->setVisible(false);
    figure.charts.push_back(std::move(chart));
    figure.notes = tr("%1 open deals with a strategy sheet. Red: %2 deals (%3) with at least %4 interactions in the "
                      "period and no decision milestone reached in it: activity, not progress.")
                       .arg(ChartFormat::count(r.deals.size(), locale),
                            ChartFormat::count(r.busyWithoutProgress, locale),
                            ChartFormat::money(r.busyWithoutProgressAmountMinor, currency, locale),
                            ChartFormat::count(r.busyThreshold, locale));
    if (r.dealsWithoutSheet > 0) {
        figure.notes += QLatin1Char(' ') + tr("%1 open deals have no strategy sheet and are not shown.")
                                               .arg(ChartFormat::count(r.dealsWithoutSheet, locale));
    }
    return figure;
}
