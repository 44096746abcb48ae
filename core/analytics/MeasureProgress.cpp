// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureProgress.h"

#include <QCoreApplication>

#include <algorithm>

QString paceKey(Pace pace)
{
    switch (pace) {
    case Pace::NoTarget:
        return QStringLiteral("no_target");
    case Pace::NoData:
        return QStringLiteral("no_data");
    case Pace::NotStarted:
        return QStringLiteral("not_started");
    case Pace::Ahead:
        return QStringLiteral("ahead");
    case Pace::OnTrack:
        return QStringLiteral("on_track");
    case Pace::Behind:
        return QStringLiteral("behind");
    case Pace::Achieved:
        return QStringLiteral("achieved");
    case Pace::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

QString paceDisplayName(Pace pace)
{
    switch (pace) {
    case Pace::NoTarget:
        return QCoreApplication::translate("MeasureProgress", "No target");
    case Pace::NoData:
        return QCoreApplication::translate("MeasureProgress", "No data yet");
    case Pace::NotStarted:
        return QCoreApplication::translate("MeasureProgress", "Not started");
    case Pace::Ahead:
        return QCoreApplication::translate("MeasureProgress", "Ahead");
    case Pace::OnTrack:
        return QCoreApplication::translate("MeasureProgress", "On track");
    case Pace::Behind:
        return QCoreApplication::translate("MeasureProgress", "Behind");
    case Pace::Achieved:
        return QCoreApplication::translate("MeasureProgress", "Achieved");
    case Pace::Missed:
        return QCoreApplication::translate("MeasureProgress", "Missed");
    }
    return {};
}

std::optional<double>
MeasureProgress::completionOf(const std::optional<double>& value, double target, bool lowerIsBetter)
{
    if (!value || target <= 0) {
        return std::nullopt;
    }
    if (!lowerIsBetter) {
        return *value / target;
    }
    return *value <= 0 ? 1.0 : target / *value;
}

MeasureProgress
MeasureProgress::of(const V2momSheet& sheet, const V2momMeasure& measure, const MeasureValue& value, const QDate& today)
{
    const bool bound = measure.binding.isBound();
    const bool cumulative = bound ? measure.binding.isCumulative() : measure.manualMode == ManualMode::Sum;
    const bool lower = bound && measure.binding.lowerIsBetter();
    return of(
        value.value, measure.target, cumulative, lower, sheet.periodStart(measure), sheet.periodEnd(measure), today);
}

MeasureProgress MeasureProgress::of(const std::optional<double>& value,
                                    double target,
                                    bool cumulative,
                                    bool lowerIsBetter,
                                    const QDate& first,
                                    const QDate& last,
                                    const QDate& today)
{
    MeasureProgress progress;
    progress.value = value;
    progress.target = target;
    progress.cumulative = cumulative;
    progress.lowerIsBetter = lowerIsBetter;
    progress.completion = completionOf(value, target, lowerIsBetter);
    const qint64 days = std::max<qint64>(1, first.daysTo(last) + 1);
    progress.elapsed = std::clamp(static_cast<double>(first.daysTo(today) + 1) / static_cast<double>(days), 0.0, 1.0);
    if (target <= 0) {
        progress.pace = Pace::NoTarget;
        return progress;
    }
    if (!value) {
        progress.pace = today < first ? Pace::NotStarted : Pace::NoData;
        return progress;
    }
    const bool meets = lowerIsBetter ? *value <= target : *value >= target;
    if (cumulative) {
        if (meets) {
            progress.pace = Pace::Achieved;
        } else if (today > last) {
            progress.pace = Pace::Missed;
        } else if (today < first) {
            progress.pace = Pace::NotStarted;
        } else {
            progress.expected = target * progress.elapsed;
            const double ratio = *value / *progress.expected;
            progress.pace = ratio >= 1.0 + kTolerance   ? Pace::Ahead
                            : ratio >= 1.0 - kTolerance ? Pace::OnTrack
                                                        : Pace::Behind;
        }
        return progress;
    }
    if (today > last) {
        progress.pace = meets ? Pace::Achieved : Pace::Missed;
    } else if (today < first) {
        progress.pace = Pace::NotStarted;
    } else {
        progress.pace = meets ? Pace::OnTrack : Pace::Behind;
    }
    return progress;
}
