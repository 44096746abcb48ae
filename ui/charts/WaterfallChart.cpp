// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaterfallChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartLabels.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/review/Waterfall.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {
struct Step
{
    QString label;
    qint64 amount; // signed: what the step adds to the pipeline
    bool total;
    int deals; // -1: not counted per deal
};
} // namespace

ChartFigure WaterfallChart::build(const Waterfall& w, const QString& currency, const ChartStyle& style)
{
    ChartFigure figure;
    const QLocale& locale = style.locale();
    if (w.startDeals == 0 && w.endDeals == 0 && w.addedDeals == 0) {
        figure.emptyText = tr("No open pipeline in this period for this filter.");
        return figure;
    }
    QList<Step> steps{{tr("Start"), w.start, true, w.startDeals},
                      {tr("New"), w.added, false, w.addedDeals},
                      {tr("Increases"), w.increases, false, -1},
                      {tr("Decreases"), -w.decreases, false, -1},
                      {tr("Lost"), -w.lost, false, w.lostDeals},
                      {tr("Won"), -w.won, false, w.wonDeals}};
    if (w.transferredIn != 0 || w.transferredOut != 0) {
        steps.append({tr("Moved in"), w.transferredIn, false, -1});
        steps.append({tr("Moved out"), -w.transferredOut, false, -1});
    }
    steps.append({tr("End"), w.end, true, w.endDeals});

    // Running level before each step, to float the deltas; the scale comes from the highest point.
    qint64 level = 0;
    qint64 highest = 0;
    QList<qint64> bottoms;
    for (const Step& step : steps) {
        if (step.total) {
            bottoms.append(0);
            level = step.amount;
        } else {
            bottoms.append(std::min(level, level + step.amount));
            level += step.amount;
        }
        highest = std::max({highest, level, bottoms.constLast() + std::abs(step.amount)});
    }
    const ChartFormat::MoneyScale scale = ChartFormat::moneyScale(double(highest), currency);
    auto scaled = [&](qint64 minor) {
        return ChartFormat::scaled(double(minor), currency, scale);
    };

    auto chart = ChartParts::chart(style);
    QChart* c = chart.get();
    auto* series = new QStackedBarSeries(c);
    series->setBarWidth(0.6);
    auto* base = ChartParts::barSet(QString(), Qt::transparent);
    auto* totals = ChartParts::barSet(tr("Pipeline"), style.color(ChartStyle::Role::Neutral));
    auto* ups = ChartParts::barSet(tr("Added"), style.color(ChartStyle::Role::Positive));
    auto* downs = ChartParts::barSet(tr("Removed"), style.color(ChartStyle::Role::Negative));
    QStringList names;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step& step = steps.at(i);
        names.append(step.label);
        *base << scaled(bottoms.at(i));
        *totals << (step.total ? scaled(step.amount) : 0.0);
        *ups << (!step.total && step.amount > 0 ? scaled(step.amount) : 0.0);
        *downs << (!step.total && step.amount < 0 ? scaled(-step.amount) : 0.0);
    }
    series->append({base, totals, ups, downs});
    c->addSeries(series);
    ChartParts::categories(c, names, Qt::AlignBottom, style);
    ChartParts::values(c,
                       0,
                       scaled(highest) * 1.1,
                       Qt::AlignLeft,
                       style,
                       ChartFormat::moneyAxisTitle(tr("Open pipeline"), currency, scale),
                       scale.divisor > 1 && scaled(highest) < 20 ? 1 : 0);
    for (QAbstractAxis* axis : c->axes()) {
        series->attachAxis(axis);
    }
    c->legend()->setVisible(false);

    auto* labels = new ChartLabels(c, series);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step& step = steps.at(i);
        QString text = ChartFormat::compactMoney(double(std::abs(step.amount)), currency, locale);
        if (!step.total) {
            text.prepend(step.amount < 0 ? QStringLiteral("−") : QStringLiteral("+"));
        }
        if (step.deals >= 0) {
            text += QStringLiteral("\n") + tr("%n deal(s)", nullptr, step.deals);
        }
        const double top = scaled(bottoms.at(i) + std::abs(step.amount));
        labels->add(QPointF(double(i), top), text, style.text(), style.font(0.95), Qt::AlignTop, QPointF(0, -4));
    }
    ChartHover::bars(series, [steps, currency, locale](QBarSet*, int index) {
        const Step& step = steps.at(index);
        QString text =
            QStringLiteral("<b>%1</b><br>%2").arg(step.label, ChartFormat::money(step.amount, currency, locale));
        if (step.deals >= 0) {
            text += QStringLiteral("<br>") + tr("%n deal(s)", nullptr, step.deals);
        }
        return text;
    });
    figure.charts.push_back(std::move(chart));
    figure.notes = tr("Open pipeline in %1 at the start and the end of the period; the same "
                      "computation as the weekly review. A deal created and closed in the "
                      "period counts in both New and Won or Lost.")
                       .arg(currency);
    if (!w.balances()) {
        figure.notes += QLatin1Char(' ') + tr("The steps do not add up to the end: please report this.");
    }
    return figure;
}
