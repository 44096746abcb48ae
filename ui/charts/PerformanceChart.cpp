// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PerformanceChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartLabels.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/analytics/PerformanceFormula.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>

#include <algorithm>

namespace {
QString shortLever(Lever lever)
{
    switch (lever) {
    case Lever::Leads:
        return PerformanceChart::tr("Leads");
    case Lever::LeadConversion:
        return PerformanceChart::tr("Lead → opp.");
    case Lever::WinRate:
        return PerformanceChart::tr("Win rate");
    case Lever::DealSize:
        return PerformanceChart::tr("Deal size");
    case Lever::CollectionRatio:
        return PerformanceChart::tr("Collection");
    case Lever::CycleLength:
        return PerformanceChart::tr("Cycle (inv.)");
    }
    return {};
}

QString factorText(const PerformanceFactors& f, Lever lever, const QString& currency, const QLocale& locale)
{
    switch (lever) {
    case Lever::Leads:
        return ChartFormat::count(f.leads, locale);
    case Lever::LeadConversion:
        return ChartFormat::percent(f.leadConversion, 1, locale);
    case Lever::WinRate:
        return ChartFormat::percent(f.winRate, 1, locale);
    case Lever::DealSize:
        return f.dealSize ? ChartFormat::money(*f.dealSize, currency, locale) : ChartFormat::noData();
    case Lever::CollectionRatio:
        return f.collectionKnown ? ChartFormat::percent(f.collectionRatio, 0, locale)
                                 : PerformanceChart::tr("no collection data");
    case Lever::CycleLength:
        return ChartFormat::days(f.cycleDays, locale);
    }
    return {};
}
} // namespace

std::unique_ptr<QChart> PerformanceChart::levers(
    const RepPerformance& rep, const PerformanceResult& performance, double top, bool small, const ChartStyle& style)
{
    const QLocale& locale = style.locale();
    auto chart = ChartParts::chart(style, rep.name);
    QChart* c = chart.get();
    auto* series = new QHorizontalStackedBarSeries(c);
    series->setBarWidth(0.65);
    auto* normal = ChartParts::barSet(tr("Index"), style.color(ChartStyle::Role::Primary));
    auto* weakest = ChartParts::barSet(tr("Weakest lever"), style.color(ChartStyle::Role::Negative));
    const QList<Lever> all = PerformanceFormula::levers();
    QStringList names;
    // Bottom-up categories: reverse so that Leads is on top, in formula order.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        names.append(shortLever(*it));
        const auto& index = rep.index[std::size_t(*it)];
        const bool isWeakest = rep.weakest && *rep.weakest == *it;
        *normal << (index && !isWeakest ? *index : 0.0);
        *weakest << (index && isWeakest ? *index : 0.0);
    }
    series->append({normal, weakest});
    c->addSeries(series);
    ChartParts::categories(c, names, Qt::AlignLeft, style);
    ChartParts::values(c, 0, top, Qt::AlignBottom, style, small ? QString() : tr("Index (team = 100)"), 0);
    for (QAbstractAxis* axis : c->axes()) {
        series->attachAxis(axis);
    }
    auto* team = ChartParts::line(c, tr("Team = 100"), style.color(ChartStyle::Role::Target), Qt::DashLine, 1.5);
    team->append(100, -0.5);
    team->append(100, double(all.size()) - 0.5);
    ChartParts::attach(c, team);
    c->legend()->setVisible(false);

    auto* labels = new ChartLabels(c, series);
    for (int row = 0; row < int(all.size()); ++row) {
        const Lever lever = all.at(all.size() - 1 - row);
        const auto& index = rep.index[std::size_t(lever)];
        const QString text = index ? ChartFormat::number(index, 0, locale) : tr("n/a");
        if (index && *index > top) {
            // The axis stops at the cap: the figure goes inside the bar's end, so it is not lost.
            const bool isWeakest = rep.weakest && *rep.weakest == lever;
            const QColor bar = style.color(isWeakest ? ChartStyle::Role::Negative : ChartStyle::Role::Primary);
            labels->add(QPointF(top, row),
                        tr("%1 ▸").arg(text),
                        bar.lightness() < 150 ? QColor(Qt::white) : QColor(Qt::black),
                        style.font(0.85, true),
                        Qt::AlignLeft,
                        {-4, 0});
        } else {
            labels->add(
                QPointF(index.value_or(0), row), text, style.mutedText(), style.font(0.85), Qt::AlignRight, {4, 0});
        }
    }
    const PerformanceFactors repFactors = rep.factors;
    const PerformanceFactors teamFactors = performance.team;
    const QString currency = performance.baseCurrency;
    const auto indexes = rep.index;
    ChartHover::bars(series, [=](QBarSet*, int row) {
        const Lever lever = all.at(all.size() - 1 - row);
        return tr("<b>%1</b><br>%2: %3<br>Team: %4<br>Index: %5")
            .arg(PerformanceFormula::leverName(lever),
                 rep.name,
                 factorText(repFactors, lever, currency, locale),
                 factorText(teamFactors, lever, currency, locale),
                 ChartFormat::number(indexes[std::size_t(lever)], 0, locale));
    });
    return chart;
}

void PerformanceChart::table(ChartFigure& figure, const PerformanceResult& p, const QLocale& locale)
{
    figure.tableHeader = {tr("Rep"),
                          tr("Leads"),
                          tr("Lead → opp."),
                          tr("Win rate"),
                          tr("Avg deal size"),
                          tr("Collection ratio"),
                          tr("= Collections"),
                          tr("Cycle"),
                          tr("Weakest lever")};
    auto row = [&](const QString& name, const PerformanceFactors& f, const QString& weakest) {
        const QString& currency = p.baseCurrency;
        return QStringList{name,
                           factorText(f, Lever::Leads, currency, locale),
                           factorText(f, Lever::LeadConversion, currency, locale),
                           factorText(f, Lever::WinRate, currency, locale),
                           factorText(f, Lever::DealSize, currency, locale),
                           f.collectionKnown ? ChartFormat::percent(f.collectionRatio, 0, locale)
                                             : tr("%1 (no data)").arg(ChartFormat::percent(1.0, 0, locale)),
                           f.collections ? ChartFormat::money(*f.collections, currency, locale) : ChartFormat::noData(),
                           factorText(f, Lever::CycleLength, currency, locale),
                           weakest};
    };
    for (const RepPerformance& rep : p.reps) {
        figure.tableRows.append(
            row(rep.name, rep.factors, rep.weakest ? PerformanceFormula::leverName(*rep.weakest) : QString()));
    }
    figure.tableRows.append(row(tr("Team"), p.team, QString()));
}

ChartFigure PerformanceChart::build(const PerformanceResult& p, const ChartStyle& style)
{
    ChartFigure figure;
    if (p.isEmpty() || p.reps.isEmpty()) {
        figure.emptyText = tr("No leads and no closed deals in this period for this filter.");
        return figure;
    }
    double top = 200;
    for (const RepPerformance& rep : p.reps) {
        for (const auto& index : rep.index) {
            top = std::max(top, index.value_or(0) * 1.15);
        }
    }
    top = std::min(top, 400.0); // an outlier must not flatten everyone else
    const bool single = p.reps.size() == 1;
    for (const RepPerformance& rep : p.reps) {
        figure.charts.push_back(levers(rep, p, top, !single, single ? style : style.compact()));
    }
    figure.columns = single ? 1 : (p.reps.size() > 6 ? 4 : (p.reps.size() > 2 ? 3 : 2));
    table(figure, p, style.locale());
    figure.notes = tr("Collections = leads × lead→opportunity × win rate × average deal size × collection ratio. Each "
                      "bar is the rep's lever against the team (= 100); the cycle is inverted so that above 100 is "
                      "better everywhere. Red: the weakest lever.");
    if (!p.collectionsKnown()) {
        figure.notes += QLatin1Char(' ') + tr("No collection data: the collection ratio is taken as 1.");
    }
    return figure;
}
