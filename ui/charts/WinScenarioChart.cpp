// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinScenarioChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartLabelText.h"
#include "ChartLabels.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>

#include <algorithm>

std::unique_ptr<QChart>
WinScenarioChart::distribution(const WinScenarioResult& r, ScenarioDimension dimension, const ChartStyle& style)
{
    const QLocale& locale = style.locale();
    auto chart = ChartParts::chart(style, WinScenarios::dimensionName(dimension));
    QChart* c = chart.get();
    QList<ScenarioShare> shares = r.of(dimension);
    std::reverse(shares.begin(), shares.end()); // bottom-up categories: the largest on top
    auto label = [dimension](const QString& key) {
        return dimension == ScenarioDimension::ChampionRole ? ChartLabelText::championRole(key)
                                                            : ChartLabelText::value(key);
    };
    auto* series = new QHorizontalStackedBarSeries(c);
    auto* set = ChartParts::barSet(tr("Won deals"), style.color(ChartStyle::Role::Positive));
    auto* muted = ChartParts::barSet(tr("Not recorded"), style.color(ChartStyle::Role::Muted));
    QStringList names;
    double top = 0;
    for (const ScenarioShare& s : shares) {
        names.append(label(s.key));
        // Unrecorded and "other" buckets in a muted colour: context, not a scenario.
        const bool context = s.key.isEmpty() || s.key == WinScenarios::kOther;
        *set << (context ? 0.0 : s.share * 100);
        *muted << (context ? s.share * 100 : 0.0);
        top = std::max(top, s.share * 100);
    }
    series->append({set, muted});
    // Stacked: each category has a value in one set only, so its bar keeps the full width.
    series->setBarWidth(0.65);
    c->addSeries(series);
    ChartParts::categories(c, names, Qt::AlignLeft, style);
    ChartParts::values(
        c, 0, top * 1.2, Qt::AlignBottom, style, style.isCompact() ? QString() : tr("Share of won deals (%)"), 0);
    for (QAbstractAxis* axis : c->axes()) {
        series->attachAxis(axis);
    }
    c->legend()->setVisible(false);
    auto* labels = new ChartLabels(c, series);
    for (int i = 0; i < int(shares.size()); ++i) {
        labels->add(QPointF(shares.at(i).share * 100, i),
                    ChartFormat::count(shares.at(i).deals, locale),
                    style.mutedText(),
                    style.font(0.8),
                    Qt::AlignRight,
                    QPointF(4, 0));
    }
    const QString currency = r.baseCurrency;
    ChartHover::bars(series, [shares, label, currency, locale](QBarSet*, int index) {
        const ScenarioShare& s = shares.at(index);
        return tr("<b>%1</b><br>%2 won deals (%3)<br>%4")
            .arg(label(s.key),
                 ChartFormat::count(s.deals, locale),
                 ChartFormat::percent(s.share, 1, locale),
                 ChartFormat::money(s.amountMinor, currency, locale));
    });
    return chart;
}

ChartFigure
WinScenarioChart::build(const WinScenarioResult& r, std::optional<ScenarioDimension> dimension, const ChartStyle& style)
{
    ChartFigure figure;
    if (r.isEmpty()) {
        figure.emptyText = tr("No deals were won in this period for this filter.");
        return figure;
    }
    const QLocale& locale = style.locale();
    if (dimension) {
        figure.charts.push_back(distribution(r, *dimension, style));
    } else {
        const ChartStyle small = style.compact();
        for (ScenarioDimension d : WinScenarios::dimensions()) {
            figure.charts.push_back(distribution(r, d, small));
        }
        figure.columns = 4;
    }
    figure.notes =
        tr("%1 deals won in the period (%2); %3 of them have a strategy sheet, which is where problem, "
           "trigger, competitors and champion come from. Grey: not recorded, or the smaller values together.")
            .arg(ChartFormat::count(r.wonDeals, locale),
                 ChartFormat::money(r.wonAmountMinor, r.baseCurrency, locale),
                 ChartFormat::count(r.withSheet, locale));
    return figure;
}
