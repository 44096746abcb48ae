// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/analytics/ForecastVsQuota.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>

#include <algorithm>

namespace {
QString periodLabel(const ForecastPeriod& period, bool manyYears, const QLocale& locale)
{
    if (period.kind == ForecastPeriod::Kind::Quarter) {
        return ForecastChart::tr("Q%1 %2").arg((period.first.month() - 1) / 3 + 1).arg(period.first.year());
    }
    return locale.toString(period.first, manyYears ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
}

double highest(const ForecastSeries& s)
{
    double top = 0;
    for (const ForecastBucket& b : s.buckets) {
        top = std::max(
            {top, double(b.closedWon + b.commit + b.bestCase), double(b.weighted), double(b.quota.value_or(0))});
    }
    return top;
}
} // namespace

std::unique_ptr<QChart> ForecastChart::series(
    const ForecastSeries& s, const ForecastResult& forecast, double top, bool small, const ChartStyle& style)
{
    const QString& currency = forecast.baseCurrency;
    const QLocale& locale = style.locale();
    const ChartFormat::MoneyScale scale = ChartFormat::moneyScale(top, currency);
    auto scaled = [&](qint64 minor) {
        return ChartFormat::scaled(double(minor), currency, scale);
    };
    const bool manyYears =
        !s.buckets.isEmpty() && s.buckets.constFirst().period.first.year() != s.buckets.constLast().period.first.year();

    auto chart = ChartParts::chart(style, small ? s.name : QString());
    QChart* c = chart.get();
    auto* bars = new QStackedBarSeries(c);
    bars->setBarWidth(0.6);
    auto* closed = ChartParts::barSet(tr("Closed won"), style.color(ChartStyle::Role::Positive));
    auto* commit = ChartParts::barSet(tr("Commit"), style.color(ChartStyle::Role::Primary));
    auto* best = ChartParts::barSet(tr("Best case"), style.color(ChartStyle::Role::Secondary));
    auto* weighted =
        ChartParts::line(c, tr("Weighted pipeline"), style.color(ChartStyle::Role::Warning), Qt::SolidLine);
    auto* weightedDots = new QScatterSeries(c);
    auto* quota = ChartParts::line(c, tr("Quota"), style.color(ChartStyle::Role::Target), Qt::DashLine);
    QStringList names;
    for (qsizetype i = 0; i < s.buckets.size(); ++i) {
        const ForecastBucket& b = s.buckets.at(i);
        names.append(periodLabel(b.period, manyYears, locale));
        *closed << scaled(b.closedWon);
        *commit << scaled(b.commit);
        *best << scaled(b.bestCase);
        weighted->append(double(i), scaled(b.weighted));
        weightedDots->append(double(i), scaled(b.weighted));
        if (b.quota) {
            quota->append(double(i), scaled(*b.quota));
        }
    }
    bars->append({closed, commit, best});
    c->addSeries(bars);
    auto* x = ChartParts::categories(c, names, Qt::AlignBottom, style);
    if (small && names.size() > 6) {
        x->setLabelsAngle(-90); // twelve months side by side do not fit a small multiple
    }
    ChartParts::values(c,
                       0,
                       ChartFormat::scaled(top, currency, scale) * 1.05,
                       Qt::AlignLeft,
                       style,
                       small ? QString() : ChartFormat::moneyAxisTitle(tr("Amount"), currency, scale),
                       0);
    for (QAbstractAxis* axis : c->axes()) {
        bars->attachAxis(axis);
    }
    weightedDots->setMarkerSize(small ? 6 : 8);
    weightedDots->setColor(style.color(ChartStyle::Role::Warning));
    weightedDots->setBorderColor(style.background());
    ChartParts::attach(c, weighted);
    ChartParts::attach(c, weightedDots);
    if (forecast.hasQuota && quota->count() > 0) {
        ChartParts::attach(c, quota);
    } else {
        delete quota;
    }
    c->legend()->setVisible(!small);
    if (!small) {
        c->legend()->markers(weightedDots).constFirst()->setVisible(false);
    }
    const QList<ForecastBucket> buckets = s.buckets;
    auto tooltip = [buckets, currency, locale](int index) {
        const ForecastBucket& b = buckets.at(index);
        QString text = QStringLiteral("<b>%1</b><br>").arg(b.period.key());
        text += tr("Closed won: %1<br>Commit: %2<br>Best case: %3<br>Pipeline: %4<br>Weighted pipeline: %5")
                    .arg(ChartFormat::money(b.closedWon, currency, locale),
                         ChartFormat::money(b.commit, currency, locale),
                         ChartFormat::money(b.bestCase, currency, locale),
                         ChartFormat::money(b.pipeline, currency, locale),
                         ChartFormat::money(b.weighted, currency, locale));
        if (b.quota) {
            text += tr("<br>Quota: %1 (attained %2)")
                        .arg(ChartFormat::money(*b.quota, currency, locale),
                             ChartFormat::percent(b.attainment(), 0, locale));
        } else {
            text += tr("<br>Quota: none set");
        }
        return text;
    };
    ChartHover::bars(bars, [tooltip](QBarSet*, int index) { return tooltip(index); });
    ChartHover::points(weightedDots, tooltip);
    return chart;
}

ChartFigure ForecastChart::build(const ForecastResult& forecast, bool perRep, const ChartStyle& style)
{
    ChartFigure figure;
    if (forecast.isEmpty()) {
        figure.emptyText = tr("Nothing closed and nothing expected to close in this period.");
        return figure;
    }
    const QLocale& locale = style.locale();
    if (perRep && !forecast.reps.isEmpty()) {
        double top = 0;
        for (const ForecastSeries& rep : forecast.reps) {
            top = std::max(top, highest(rep));
        }
        for (const ForecastSeries& rep : forecast.reps) {
            figure.charts.push_back(series(rep, forecast, top, true, style.compact()));
        }
        figure.columns = forecast.reps.size() > 4 ? 4 : 2;
        // The small charts carry no axis title: the shared scale and its unit are said here.
        const ChartFormat::MoneyScale scale = ChartFormat::moneyScale(top, forecast.baseCurrency);
        figure.notes =
            tr("One scale for every rep, in %1: bars are closed won, commit and best case; the orange line "
               "is the weighted open pipeline%2.")
                .arg(scale.unit.isEmpty() ? forecast.baseCurrency : scale.unit + QChar::Nbsp + forecast.baseCurrency,
                     forecast.hasQuota ? tr("; the dashed line the quota") : QString());
        return figure;
    }
    figure.charts.push_back(series(forecast.team, forecast, highest(forecast.team), false, style));
    qint64 closed = 0;
    qint64 quota = 0;
    for (const ForecastBucket& b : forecast.team.buckets) {
        closed += b.closedWon;
        quota += b.quota.value_or(0);
    }
    figure.notes = tr("Closed won %1").arg(ChartFormat::money(closed, forecast.baseCurrency, locale));
    if (forecast.hasQuota) {
        figure.notes += tr(" against a quota of %1 (%2).")
                            .arg(ChartFormat::money(quota, forecast.baseCurrency, locale),
                                 ChartFormat::percent(double(closed) / double(std::max<qint64>(quota, 1)), 0, locale));
    } else {
        figure.notes += tr(". No quotas are set for this period, so the quota line is left out.");
    }
    figure.notes +=
        QLatin1Char(' ') + tr("Open deals count in the month of their expected close date, omitted ones not at all.");
    return figure;
}
