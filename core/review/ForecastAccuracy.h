// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ForecastPeriod.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

class Database;

// How close one snapshot's forecast came to what actually closed (DOMAIN.md §4: a good
// funnel forecasts within 90–95 %). Amounts in base-currency minor units.
struct AccuracyRow
{
    QString snapshotId;
    QDateTime takenAt;
    QString ownerId; // empty: the team
    ForecastPeriod period;
    qint64 forecast = 0; // closed so far + commit, as the snapshot stored it
    qint64 actual = 0;   // won in the period
    double accuracy = 0;

    qint64 bias() const { return forecast - actual; } // positive: forecast too high
};

namespace ForecastAccuracy {

// 1 − |forecast − actual| ÷ actual, at least 0; when nothing closed, 1 for a forecast of 0
// and 0 for any other.
double accuracy(qint64 forecast, qint64 actual);

// One row per rep and one for the team for every snapshot whose forecast period has ended
// by `now`; newest snapshot first. The actual is what is closed won in the period now,
// converted with the rates of the period's last day.
QList<AccuracyRow> run(Database& database, const QDateTime& now, const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace ForecastAccuracy
