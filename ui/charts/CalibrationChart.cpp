// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrationChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartLabels.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/analytics/ProbabilityCalibration.h"

#include <QBarSeries>
#include <QBarSet>
#include <QLegend>

#include <algorithm>

ChartFigure CalibrationChart::build(const CalibrationResult& r, const ChartStyle& style)
{
    ChartFigure figure;
    if (r.isEmpty()) {
        figure.emptyText = tr("No deals were won or lost in the last 12 months for this filter.");
        return figure;
    }
    const QLocale& locale = style.locale();
    auto chart = ChartParts::chart(style);
    QChart* c = chart.get();
    auto* series = new QBarSeries(c);
    series->setBarWidth(0.75);
    auto* defaults = ChartParts::barSet(tr("Default probability"), style.color(ChartStyle::Role::Neutral));
    auto* actual = ChartParts::barSet(tr("Actually won"), style.color(ChartStyle::Role::Primary));
    QStringList names;
    double top = 0;
    for (const CalibrationStage& s : r.stages) {
        names.append(s.name);
        *defaults << s.defaultProbability;
        *actual << s.actual.value_or(0) * 100;
        top = std::max({top, double(s.defaultProbability), s.actual.value_or(0) * 100});
    }
    series->append({defaults, actual});
    c->addSeries(series);
    ChartParts::categories(c, names, Qt::AlignBottom, style);
    ChartParts::values(c, 0, std::min(100.0, top * 1.2), Qt::AlignLeft, style, tr("Win probability (%)"), 0);
    for (QAbstractAxis* axis : c->axes()) {
        series->attachAxis(axis);
    }
    // n under each actual bar's value: how much history the figure rests on.
    auto* labels = new ChartLabels(c, series);
    const qreal offset = 0.75 / 4; // the second of two sets sits a quarter of the bar width right of centre
    for (int i = 0; i < int(r.stages.size()); ++i) {
        const CalibrationStage& s = r.stages.at(i);
        const QString text =
            s.actual
                ? tr("%1\nn = %2").arg(ChartFormat::percent(s.actual, 0, locale), ChartFormat::count(s.deals, locale))
                : tr("n = 0");
        labels->add(QPointF(i + offset, s.actual.value_or(0) * 100),
                    text,
                    style.text(),
                    style.font(0.85),
                    Qt::AlignTop,
                    QPointF(0, -3));
    }
    const QList<CalibrationStage> stages = r.stages;
    ChartHover::bars(series, [stages, locale](QBarSet*, int index) {
        const CalibrationStage& s = stages.at(index);
        return tr("<b>%1</b><br>Default probability: %2<br>Actually won: %3 (%4 of %5 closed deals)<br>Gap: %6 "
                  "points")
            .arg(s.name,
                 ChartFormat::percent(s.defaultProbability / 100.0, 0, locale),
                 ChartFormat::percent(s.actual, 1, locale),
                 ChartFormat::count(s.won, locale),
                 ChartFormat::count(s.deals, locale),
                 ChartFormat::number(s.gapPoints(), 1, locale));
    });
    figure.charts.push_back(std::move(chart));
    figure.notes = tr("Deals won or lost from %1 to %2 that passed through each stage: the share that won, against "
                      "the stage's default probability. Where they differ by much, the weighted forecast rests on "
                      "defaults rather than on the team's history.")
                       .arg(locale.toString(r.window.start.toLocalTime().date(), QLocale::ShortFormat),
                            locale.toString(r.window.end.addMSecs(-1).toLocalTime().date(), QLocale::ShortFormat));
    return figure;
}
