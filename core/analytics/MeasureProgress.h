// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureEvaluator.h"

#include "core/domain/V2mom.h"

#include <QDate>
#include <QString>

#include <optional>

// Pace against the calendar: is a measure where it should be by today?
enum class Pace
{
    NoTarget,   // the target is zero or negative: nothing to compare with
    NoData,     // no value yet (a win rate without closed deals, a reading never entered)
    NotStarted, // the period has not begun
    Ahead,      // above what the calendar asks for by today
    OnTrack,    // within the tolerance of it (a level measure: meeting the target now)
    Behind,
    Achieved, // the target is met (a level measure: met at the end of the period)
    Missed,   // the period is over and the target was not met
};

QString paceKey(Pace pace);
QString paceDisplayName(Pace pace);

// A measure's value held against its target and the calendar. Cumulative measures (amounts,
// counts, summed entries) are expected to grow in proportion to the days passed: by the end
// of day 73 of 365, a fifth of the target. Levels (rates, averages, readings) are compared
// with the target directly.
struct MeasureProgress
{
    // Within ±5 % of the calendar's expectation counts as on track.
    static constexpr double kTolerance = 0.05;

    std::optional<double> value;
    double target = 0;
    bool cumulative = true;
    bool lowerIsBetter = false;
    // Share of the target reached (for lower-is-better: target ÷ value); may exceed 1.
    std::optional<double> completion;
    // Cumulative measures within their period: the value the calendar asks for by today.
    std::optional<double> expected;
    double elapsed = 0; // share of the period's days passed by the end of today, 0..1
    Pace pace = Pace::NoData;

    static MeasureProgress
    of(const V2momSheet& sheet, const V2momMeasure& measure, const MeasureValue& value, const QDate& today);
    static MeasureProgress of(const std::optional<double>& value,
                              double target,
                              bool cumulative,
                              bool lowerIsBetter,
                              const QDate& first,
                              const QDate& last,
                              const QDate& today);
    // Completion of a value against a target, as `completion` above; none without both.
    static std::optional<double> completionOf(const std::optional<double>& value, double target, bool lowerIsBetter);

    friend bool operator==(const MeasureProgress&, const MeasureProgress&) = default;
};
