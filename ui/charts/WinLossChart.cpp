// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinLossChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartLabelText.h"
#include "ChartLabels.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/analytics/WinLossMetrics.h"

#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>

#include <algorithm>

namespace {
constexpr int kOverviewLimit = 8;
constexpr int kSingleLimit = 16;
} // namespace

std::unique_ptr<QChart> WinLossChart::rates(const QString& title,
                                            const QList<WinRateGroup>& all,
                                            const std::function<QString(const QString&)>& label,
                                            const WinLossResult& result,
                                            int limit,
                                            const ChartStyle& style)
{
    const QLocale& locale = style.locale();
    auto chart = ChartParts::chart(style, title);
    QChart* c = chart.get();
    // The groups with most closed deals; bottom-up categories, so the biggest ends on top.
    QList<WinRateGroup> groups = all.mid(0, limit);
    std::reverse(groups.begin(), groups.end());
    if (groups.isEmpty()) {
        c->setTitle(title + QStringLiteral(" — ") + tr("nothing recorded"));
        return chart;
    }
    auto* series = new QHorizontalBarSeries(c);
    series->setBarWidth(0.65);
    auto* set = ChartParts::barSet(tr("Win rate"), style.color(ChartStyle::Role::Primary));
    QStringList names;
    for (const WinRateGroup& g : groups) {
        names.append(tr("%1 (%2)").arg(label(g.key), ChartFormat::count(g.closed(), locale)));
        *set << g.winRate.value_or(0) * 100;
    }
    series->append(set);
    c->addSeries(series);
    ChartParts::categories(c, names, Qt::AlignLeft, style);
    ChartParts::values(c, 0, 100, Qt::AlignBottom, style, style.isCompact() ? QString() : tr("Win rate (%)"), 0);
    for (QAbstractAxis* axis : c->axes()) {
        series->attachAxis(axis);
    }
    if (result.winRate) {
        auto* overall = ChartParts::line(c, tr("Overall"), style.color(ChartStyle::Role::Target), Qt::DashLine, 1.5);
        overall->append(*result.winRate * 100, -0.5);
        overall->append(*result.winRate * 100, double(groups.size()) - 0.5);
        ChartParts::attach(c, overall);
    }
    c->legend()->setVisible(false);
    auto* labels = new ChartLabels(c, series);
    const QColor barColor = style.color(ChartStyle::Role::Primary);
    for (int i = 0; i < int(groups.size()); ++i) {
        const double rate = groups.at(i).winRate.value_or(0) * 100;
        // Near 100 % there is no room right of the bar: the figure goes inside its end.
        const bool inside = rate > 85;
        labels->add(QPointF(rate, i),
                    ChartFormat::percent(groups.at(i).winRate, 0, locale),
                    inside ? (barColor.lightness() < 150 ? QColor(Qt::white) : QColor(Qt::black)) : style.mutedText(),
                    style.font(0.85, inside),
                    inside ? Qt::AlignLeft : Qt::AlignRight,
                    QPointF(inside ? -4 : 4, 0));
    }
    const QString currency = result.baseCurrency;
    ChartHover::bars(series, [groups, label, currency, locale](QBarSet*, int index) {
        const WinRateGroup& g = groups.at(index);
        return tr("<b>%1</b><br>Won %2 of %3 closed (%4)<br>Won amount: %5")
            .arg(label(g.key),
                 ChartFormat::count(g.won, locale),
                 ChartFormat::count(g.closed(), locale),
                 ChartFormat::percent(g.winRate, 1, locale),
                 ChartFormat::money(g.wonAmountMinor, currency, locale));
    });
    return chart;
}

std::unique_ptr<QChart> WinLossChart::reasons(const WinLossResult& result, bool allowPie, const ChartStyle& style)
{
    const QLocale& locale = style.locale();
    auto chart = ChartParts::chart(style, tr("Lost reasons"));
    QChart* c = chart.get();
    const QList<LostReasonCount> reasons = result.lostReasons;
    if (reasons.isEmpty()) {
        c->setTitle(tr("Lost reasons — no deals lost"));
        return chart;
    }
    const QString currency = result.baseCurrency;
    auto tooltip = [reasons, currency, locale, lost = result.lost](int index) {
        const LostReasonCount& r = reasons.at(index);
        return tr("<b>%1</b><br>%2 deals (%3 of lost)<br>%4")
            .arg(ChartLabelText::lostReason(r.reason),
                 ChartFormat::count(r.deals, locale),
                 ChartFormat::percent(double(r.deals) / double(std::max(1, lost)), 1, locale),
                 ChartFormat::money(r.amountMinor, currency, locale));
    };
    if (allowPie && reasons.size() <= 5) {
        auto* pie = new QPieSeries(c);
        for (int i = 0; i < int(reasons.size()); ++i) {
            const LostReasonCount& r = reasons.at(i);
            QPieSlice* slice = pie->append(ChartLabelText::lostReason(r.reason), r.deals);
            slice->setColor(style.categorical(i));
            slice->setBorderColor(style.background());
            slice->setLabel(tr("%1 %2").arg(
                slice->label(), ChartFormat::percent(double(r.deals) / std::max(1, result.lost), 0, locale)));
            slice->setLabelVisible(true);
            slice->setLabelColor(style.text());
        }
        pie->setPieSize(0.65);
        c->addSeries(pie);
        c->legend()->setVisible(false);
        ChartHover::slices(pie, tooltip);
        return chart;
    }
    auto* series = new QHorizontalBarSeries(c);
    series->setBarWidth(0.65);
    auto* set = ChartParts::barSet(tr("Lost deals"), style.color(ChartStyle::Role::Negative));
    QStringList names;
    int top = 0;
    for (auto it = reasons.crbegin(); it != reasons.crend(); ++it) {
        names.append(ChartLabelText::lostReason(it->reason));
        *set << it->deals;
        top = std::max(top, it->deals);
    }
    series->append(set);
    c->addSeries(series);
    ChartParts::categories(c, names, Qt::AlignLeft, style);
    ChartParts::values(c, 0, top * 1.15, Qt::AlignBottom, style, style.isCompact() ? QString() : tr("Lost deals"), 0);
    for (QAbstractAxis* axis : c->axes()) {
        series->attachAxis(axis);
    }
    c->legend()->setVisible(false);
    auto* counts = new ChartLabels(c, series);
    for (int row = 0; row < int(reasons.size()); ++row) {
        const int deals = reasons.at(reasons.size() - 1 - row).deals;
        counts->add(QPointF(deals, row),
                    ChartFormat::count(deals, locale),
                    style.mutedText(),
                    style.font(0.85),
                    Qt::AlignRight,
                    QPointF(4, 0));
    }
    const int n = int(reasons.size());
    ChartHover::bars(series, [tooltip, n](QBarSet*, int row) { return tooltip(n - 1 - row); });
    return chart;
}

ChartFigure WinLossChart::build(const WinLossResult& r, View view, const ChartStyle& style)
{
    ChartFigure figure;
    if (r.isEmpty()) {
        figure.emptyText = tr("No deals were won or lost in this period for this filter.");
        return figure;
    }
    const QLocale& locale = style.locale();
    const auto plain = [](const QString& key) {
        return ChartLabelText::value(key);
    };
    const auto source = [](const QString& key) {
        return ChartLabelText::source(key);
    };
    const ChartStyle small = style.compact();
    switch (view) {
    case View::Overview:
        figure.charts.push_back(rates(tr("By segment"), r.bySegment, plain, r, kOverviewLimit, small));
        figure.charts.push_back(rates(tr("By source"), r.bySource, source, r, kOverviewLimit, small));
        figure.charts.push_back(rates(tr("By competitor"), r.byCompetitor, plain, r, kOverviewLimit, small));
        figure.charts.push_back(reasons(r, true, small));
        figure.columns = 2;
        break;
    case View::Segment:
        figure.charts.push_back(rates(tr("Win rate by segment"), r.bySegment, plain, r, kSingleLimit, style));
        break;
    case View::Industry:
        figure.charts.push_back(rates(tr("Win rate by industry"), r.byIndustry, plain, r, kSingleLimit, style));
        break;
    case View::Source:
        figure.charts.push_back(rates(tr("Win rate by lead source"), r.bySource, source, r, kSingleLimit, style));
        break;
    case View::Competitor:
        figure.charts.push_back(rates(tr("Win rate by competitor"), r.byCompetitor, plain, r, kSingleLimit, style));
        break;
    case View::LostReasons:
        figure.charts.push_back(reasons(r, true, style));
        break;
    }
    figure.notes =
        tr("%1 won, %2 lost in the period: win rate %3 (dashed line). Bars show each group's win rate, closed "
           "deals in brackets. Competitor: won deals count for every competitor their strategy sheet "
           "names, lost deals for the competitor that won.")
            .arg(ChartFormat::count(r.won, locale),
                 ChartFormat::count(r.lost, locale),
                 ChartFormat::percent(r.winRate, 0, locale));
    return figure;
}
