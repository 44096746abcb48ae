// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VelocityChart.h"

#include "ChartFormat.h"
#include "ChartHover.h"
#include "ChartParts.h"
#include "ChartStyle.h"

#include "core/analytics/SalesVelocity.h"

#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>

std::unique_ptr<QChart> VelocityChart::line(const VelocityResult& velocity,
                                            const QString& title,
                                            const QString& axisTitle,
                                            const std::function<std::optional<double>(const VelocityPoint&)>& value,
                                            const std::function<QString(double)>& format,
                                            double divisor,
                                            int decimals,
                                            bool small,
                                            const QColor& color,
                                            const ChartStyle& style)
{
    const QLocale& locale = style.locale();
    auto chart = ChartParts::chart(style, title);
    QChart* c = chart.get();
    QStringList labels;
    double top = 0;
    for (const VelocityPoint& p : velocity.points) {
        labels.append(locale.toString(p.day, QStringLiteral("d MMM")));
        top = std::max(top, value(p).value_or(0) / divisor);
    }
    ChartParts::positions(c, labels, Qt::AlignBottom, style, small ? 4 : 13);
    ChartParts::values(c, 0, top * 1.1, Qt::AlignLeft, style, axisTitle, top < 5 ? decimals : 0);
    // A gap where the figure is absent (nothing closed in the window): no made-up zero.
    auto* dots = new QScatterSeries(c);
    dots->setMarkerSize(small ? 6 : 8);
    dots->setColor(color);
    dots->setBorderColor(style.background());
    QLineSeries* current = nullptr;
    QList<int> dotIndex;
    for (int i = 0; i < int(velocity.points.size()); ++i) {
        const auto v = value(velocity.points.at(i));
        if (!v) {
            current = nullptr;
            continue;
        }
        if (!current) {
            current = ChartParts::line(c, title, color, Qt::SolidLine, small ? 2.0 : 2.5);
            ChartParts::attach(c, current);
        }
        current->append(i, *v / divisor);
        dots->append(i, *v / divisor);
        dotIndex.append(i);
    }
    ChartParts::attach(c, dots);
    c->legend()->setVisible(false);
    const QList<VelocityPoint> points = velocity.points;
    ChartHover::points(dots, [points, dotIndex, value, format, locale](int index) {
        const VelocityPoint& p = points.at(dotIndex.at(index));
        return QStringLiteral("<b>%1</b><br>%2")
            .arg(locale.toString(p.day, QLocale::LongFormat), format(value(p).value_or(0)));
    });
    return chart;
}

ChartFigure VelocityChart::build(const VelocityResult& v, const ChartStyle& style)
{
    ChartFigure figure;
    if (v.isEmpty()) {
        figure.emptyText = tr("No open or closed deals in this period for this filter.");
        return figure;
    }
    const QLocale& locale = style.locale();
    const QString currency = v.baseCurrency;
    double topVelocity = 0;
    double topSize = 0;
    for (const VelocityPoint& p : v.points) {
        topVelocity = std::max(topVelocity, p.perDay.value_or(0));
        topSize = std::max(topSize, p.dealSize.value_or(0));
    }
    const ChartFormat::MoneyScale perDayScale = ChartFormat::moneyScale(topVelocity, currency);
    const ChartFormat::MoneyScale sizeScale = ChartFormat::moneyScale(topSize, currency);
    auto minorPerUnit = [&currency](const ChartFormat::MoneyScale& scale) {
        return 1.0 / ChartFormat::scaled(1.0, currency, scale);
    };
    auto money = [currency, locale](double minor) {
        return ChartFormat::money(minor, currency, locale);
    };
    const ChartStyle small = style.compact();
    figure.charts.push_back(line(
        v,
        tr("Sales velocity"),
        ChartFormat::moneyAxisTitle(tr("Per day"), currency, perDayScale),
        [](const VelocityPoint& p) { return p.perDay; },
        [money](double minor) { return tr("%1 per day").arg(money(minor)); },
        minorPerUnit(perDayScale),
        1,
        false,
        style.color(ChartStyle::Role::Primary),
        style));
    figure.charts.push_back(line(
        v,
        tr("Open opportunities"),
        QString(),
        [](const VelocityPoint& p) { return std::optional<double>(p.openDeals); },
        [locale](double n) { return tr("%1 open deals").arg(ChartFormat::count(qint64(n), locale)); },
        1.0,
        0,
        true,
        style.categorical(4),
        small));
    figure.charts.push_back(line(
        v,
        tr("Win rate (%)"),
        QString(),
        [](const VelocityPoint& p) { return p.winRate ? std::optional<double>(*p.winRate * 100) : std::nullopt; },
        [locale](double pct) { return tr("Win rate %1").arg(ChartFormat::percent(pct / 100.0, 1, locale)); },
        1.0,
        0,
        true,
        style.color(ChartStyle::Role::Positive),
        small));
    figure.charts.push_back(line(
        v,
        ChartFormat::moneyAxisTitle(tr("Average deal size"), currency, sizeScale),
        QString(),
        [](const VelocityPoint& p) { return p.dealSize; },
        [money](double minor) { return tr("Average won deal %1").arg(money(minor)); },
        minorPerUnit(sizeScale),
        1,
        true,
        style.categorical(1),
        small));
    figure.charts.push_back(line(
        v,
        tr("Cycle length (days)"),
        QString(),
        [](const VelocityPoint& p) { return p.cycleDays; },
        [locale](double d) { return tr("Average cycle %1").arg(ChartFormat::days(d, locale)); },
        1.0,
        0,
        true,
        style.categorical(3),
        small));
    figure.columns = 4;
    figure.firstSpansRow = true;
    const VelocityPoint& last = v.points.constLast();
    figure.notes =
        tr("Velocity = open opportunities × win rate × average deal size ÷ cycle length. Win rate, deal size and cycle "
           "come from the deals closed in the %1 days before each point. Latest: %2 per day.")
            .arg(v.windowDays)
            .arg(last.perDay ? money(*last.perDay) : ChartFormat::noData());
    return figure;
}
