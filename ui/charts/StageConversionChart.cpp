// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageConversionChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartLabels.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/analytics/StageConversion.h"
#include "core/analytics/Statistics.h"

#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLegend>

#include <algorithm>

ChartFigure StageConversionChart::build(const StageConversionResult& r, const ChartStyle& style)
{
    ChartFigure figure;
    if (r.isEmpty()) {
        figure.emptyText = tr("No deal changed stage in this period for this filter.");
        return figure;
    }
    const QLocale& locale = style.locale();
    const int n = int(r.stages.size());
    QStringList names;
    for (int row = 0; row < n; ++row) {
        names.append(r.stages.at(n - 1 - row).name);
    }
    const QList<StageConversionStage> stages = r.stages;

    // Where the exits went, as shares: forward first so its share reads from the axis.
    auto moves = ChartParts::chart(style, tr("Where deals went when they left the stage"));
    QChart* c = moves.get();
    auto* percent = new QHorizontalPercentBarSeries(c);
    percent->setBarWidth(0.6);
    auto* forward = ChartParts::barSet(tr("Forward"), style.color(ChartStyle::Role::Positive));
    auto* back = ChartParts::barSet(tr("Back"), style.color(ChartStyle::Role::Warning));
    auto* lost = ChartParts::barSet(tr("Lost"), style.color(ChartStyle::Role::Negative));
    for (int row = 0; row < n; ++row) {
        const StageConversionStage& s = r.stages.at(n - 1 - row);
        *forward << s.forward;
        *back << s.backward;
        *lost << s.lost;
    }
    percent->append({forward, back, lost});
    c->addSeries(percent);
    ChartParts::categories(c, names, Qt::AlignLeft, style);
    ChartParts::values(c, 0, 100, Qt::AlignBottom, style, tr("Share of exits (%)"), 0);
    for (QAbstractAxis* axis : c->axes()) {
        percent->attachAxis(axis);
    }
    auto* labels = new ChartLabels(c, percent);
    for (int row = 0; row < n; ++row) {
        const StageConversionStage& s = r.stages.at(n - 1 - row);
        const QString text = s.exits > 0 ? ChartFormat::percent(s.conversion, 0, locale) : tr("no exits");
        labels->add(QPointF(0, row), text, Qt::white, style.font(0.9, true), Qt::AlignRight, QPointF(6, 0));
    }
    ChartHover::bars(percent, [stages, n, locale](QBarSet*, int row) {
        const StageConversionStage& s = stages.at(n - 1 - row);
        return tr("<b>%1</b><br>Left the stage: %2<br>Forward: %3 (%4)<br>Back: %5<br>Lost: %6")
            .arg(s.name,
                 ChartFormat::count(s.exits, locale),
                 ChartFormat::count(s.forward, locale),
                 ChartFormat::percent(s.conversion, 1, locale),
                 ChartFormat::count(s.backward, locale),
                 ChartFormat::count(s.lost, locale));
    });

    // Time in stage.
    auto time = ChartParts::chart(style, tr("Days in the stage before leaving it"));
    QChart* t = time.get();
    auto* days = new QHorizontalBarSeries(t);
    days->setBarWidth(0.7);
    auto* median = ChartParts::barSet(tr("Median"), style.color(ChartStyle::Role::Primary));
    auto* p80 = ChartParts::barSet(tr("80th percentile"), style.color(ChartStyle::Role::Muted));
    double top = 0;
    for (int row = 0; row < n; ++row) {
        const StageConversionStage& s = r.stages.at(n - 1 - row);
        *median << s.medianDays.value_or(0);
        *p80 << s.p80Days.value_or(0);
        top = std::max(top, s.p80Days.value_or(0));
    }
    days->append({p80, median});
    t->addSeries(days);
    ChartParts::categories(t, names, Qt::AlignLeft, style);
    ChartParts::values(t, 0, top * 1.1, Qt::AlignBottom, style, tr("Days"), 0);
    for (QAbstractAxis* axis : t->axes()) {
        days->attachAxis(axis);
    }
    ChartHover::bars(days, [stages, n, locale](QBarSet*, int row) {
        const StageConversionStage& s = stages.at(n - 1 - row);
        return tr("<b>%1</b><br>Median: %2<br>80th percentile: %3<br>Timed exits: %4")
            .arg(s.name,
                 ChartFormat::days(s.medianDays, locale),
                 ChartFormat::days(s.p80Days, locale),
                 ChartFormat::count(s.timed, locale));
    });

    figure.charts.push_back(std::move(moves));
    figure.charts.push_back(std::move(time));
    figure.columns = 2;
    figure.tableHeader = {tr("Stage"),
                          tr("Left"),
                          tr("Forward"),
                          tr("Back"),
                          tr("Lost"),
                          tr("Conversion"),
                          tr("Median days"),
                          tr("80th pct. days")};
    for (const StageConversionStage& s : r.stages) {
        figure.tableRows.append({s.name,
                                 ChartFormat::count(s.exits, locale),
                                 ChartFormat::count(s.forward, locale),
                                 ChartFormat::count(s.backward, locale),
                                 ChartFormat::count(s.lost, locale),
                                 ChartFormat::percent(s.conversion, 1, locale),
                                 ChartFormat::number(s.medianDays, 1, locale),
                                 ChartFormat::number(s.p80Days, 1, locale)});
    }
    figure.notes = tr("From the stage history: every stage change in the period, %1 in all. Conversion is the share "
                      "of the deals leaving a stage that moved forward (to a later stage or won).")
                       .arg(ChartFormat::count(r.exits, locale));
    return figure;
}
