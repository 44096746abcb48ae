// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFilter.h"

#include "core/storage/OutcomeQuery.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

class CurrencyConverter;

// Sales velocity at the end of one day (DOMAIN.md §7): open opportunities × win rate ×
// average deal size ÷ average cycle length, in base money per day. Win rate, deal size and
// cycle come from the deals closed in the trailing window before that moment.
struct VelocityPoint
{
    QDate day;
    int openDeals = 0;
    int won = 0;  // in the window
    int lost = 0; // in the window
    std::optional<double> winRate;
    std::optional<double> dealSize; // base minor units
    std::optional<double> cycleDays;
    std::optional<double> perDay; // base minor units per day
};

struct VelocityResult
{
    QString baseCurrency;
    int windowDays = 90;
    QList<VelocityPoint> points;
    QSet<QString> unconverted;

    bool isEmpty() const;
};

namespace SalesVelocity {

inline constexpr int kWindowDays = 90;

// The days the chart samples: week ends for periods up to 92 days, else month ends; never
// after today, and today itself when the period runs on.
QList<QDate> sampleDays(const ReportPeriod& period, const QDate& today, const QTimeZone& zone);
VelocityResult compute(const QList<DealSpanRow>& deals,
                       const QList<QDate>& days,
                       const ChartFilter& filter,
                       const CurrencyConverter& converter,
                       const QTimeZone& zone,
                       int windowDays = kWindowDays);

} // namespace SalesVelocity
