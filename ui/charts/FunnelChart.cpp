// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartLabels.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/analytics/FunnelMetrics.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

ChartFigure FunnelChart::build(const FunnelResult& funnel, Measure measure, const ChartStyle& style)
{
    ChartFigure figure;
    const QLocale& locale = style.locale();
    const QString currency = funnel.baseCurrency;
    if (funnel.isEmpty()) {
        figure.emptyText = tr("No open deals in this pipeline for this filter.");
        return figure;
    }
    auto valueOf = [measure](const FunnelStage& stage) -> double {
        switch (measure) {
        case Measure::Count:
            return stage.deals;
        case Measure::Amount:
            return double(stage.amountMinor);
        case Measure::Weighted:
            return double(stage.weightedMinor);
        }
        return 0;
    };
    auto shortValue = [&](const FunnelStage& stage) -> QString {
        if (measure == Measure::Count) {
            return tr("%n deal(s)", nullptr, stage.deals);
        }
        return ChartFormat::compactMoney(valueOf(stage), currency, locale) + QChar::Nbsp + currency;
    };
    double widest = 0;
    for (const FunnelStage& stage : funnel.stages) {
        widest = std::max(widest, valueOf(stage));
    }
    widest = std::max(widest, 1.0);

    auto chart = ChartParts::chart(style);
    QChart* c = chart.get();
    auto* series = new QHorizontalStackedBarSeries(c);
    series->setBarWidth(0.62);
    // Horizontal bar categories run bottom-up: list the stages in reverse to put the first on top.
    const int n = int(funnel.stages.size());
    QStringList names;
    auto* pad = ChartParts::barSet(QString(), Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    QList<QBarSet*> bars;
    for (int row = 0; row < n; ++row) {
        const FunnelStage& stage = funnel.stages.at(n - 1 - row);
        names.append(stage.name);
        *pad << (widest - valueOf(stage)) / 2.0;
    }
    series->append(pad);
    for (int i = 0; i < n; ++i) {
        // One set per stage (zero elsewhere) so each stage gets its own shade.
        auto* set = ChartParts::barSet(funnel.stages.at(i).name, style.ramp(i, n));
        for (int row = 0; row < n; ++row) {
            *set << (row == n - 1 - i ? valueOf(funnel.stages.at(i)) : 0.0);
        }
        series->append(set);
        bars.append(set);
    }
    c->addSeries(series);
    c->legend()->setVisible(false);
    auto* y = ChartParts::categories(c, names, Qt::AlignLeft, style);
    y->setLinePen(Qt::NoPen);
    auto* x = new QValueAxis(c);
    x->setRange(0, widest);
    x->setVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);

    auto* labels = new ChartLabels(c, series);
    for (int i = 0; i < n; ++i) {
        const FunnelStage& stage = funnel.stages.at(i);
        const int row = n - 1 - i;
        const bool dark = style.ramp(i, n).lightness() < 150;
        // On the bar when it is wide enough to hold the text, else beside it.
        const bool inside = valueOf(stage) / widest > 0.28;
        const QColor color = inside ? (dark ? QColor(Qt::white) : style.text()) : style.text();
        const QPointF at(inside ? widest / 2.0 : (widest + valueOf(stage)) / 2.0, row);
        labels->add(at,
                    shortValue(stage),
                    color,
                    style.font(1.0, true),
                    inside ? Qt::AlignCenter : Qt::AlignRight,
                    QPointF(inside ? 0 : 6, 0));
        if (i + 1 < n) {
            const QString rate = stage.conversion
                                     ? tr("↓ %1 moved on").arg(ChartFormat::percent(stage.conversion, 0, locale))
                                     : tr("↓ no exits in period");
            labels->add(QPointF(widest / 2.0, row - 0.5), rate, style.mutedText(), style.font(0.9));
        }
    }
    ChartHover::bars(series, [stages = funnel.stages, bars, currency, locale](QBarSet* set, int) {
        const qsizetype i = bars.indexOf(set);
        if (i < 0) {
            return QString();
        }
        const FunnelStage& s = stages.at(i);
        return tr("<b>%1</b> (default probability %2)<br>%3 open deals<br>Amount: %4<br>"
                  "Weighted: %5<br>Left the stage in the period: %6, moved forward: %7")
            .arg(s.name,
                 ChartFormat::percent(s.probability / 100.0, 0, locale),
                 ChartFormat::count(s.deals, locale),
                 ChartFormat::money(s.amountMinor, currency, locale),
                 ChartFormat::money(s.weightedMinor, currency, locale),
                 ChartFormat::count(s.exits, locale),
                 ChartFormat::percent(s.conversion, 1, locale));
    });

    figure.charts.push_back(std::move(chart));
    figure.notes = tr("Open pipeline now: %1 deals, %2, weighted %3. Between the stages: the share of the "
                      "deals that left a stage in the period and moved forward (to a later stage or won).")
                       .arg(ChartFormat::count(funnel.deals(), locale),
                            ChartFormat::money(funnel.amountMinor(), currency, locale),
                            ChartFormat::money(funnel.weightedMinor(), currency, locale));
    return figure;
}
