// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFilter.h"
#include "ForecastPeriod.h"

#include "core/domain/Owner.h"
#include "core/storage/ForecastQuery.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

class CurrencyConverter;
class QuotaBook;
class StageIndex;

// One month or quarter of the forecast (DOMAIN.md §4 "what will we close"), in base currency.
struct ForecastBucket
{
    ForecastPeriod period;
    qint64 closedWon = 0; // won in the period
    // Open deals expected to close in the period, by forecast category (each deal in one).
    qint64 commit = 0;
    qint64 bestCase = 0;
    qint64 pipeline = 0;
    qint64 weighted = 0;         // every open deal except omitted ones × its stage's default probability
    std::optional<qint64> quota; // the reps' quotas (QuotaBook rules), none when nobody has one

    // Closed won plus the weighted open pipeline: where the period is likely to land.
    qint64 expected() const { return closedWon + weighted; }
    std::optional<double> attainment() const; // closed won / quota
};

struct ForecastSeries
{
    QString ownerId; // empty for the team
    QString name;
    QList<ForecastBucket> buckets;
};

struct ForecastResult
{
    QString baseCurrency;
    ForecastPeriod::Kind kind = ForecastPeriod::Kind::Month;
    ForecastSeries team;
    QList<ForecastSeries> reps; // small multiples, by name
    bool hasQuota = false;      // no quota at all: the chart leaves the quota line out
    QSet<QString> unconverted;

    bool isEmpty() const;
};

namespace ForecastVsQuota {

// The months or quarters that overlap the period's local days.
QList<ForecastPeriod> buckets(const ReportPeriod& period, ForecastPeriod::Kind kind, const QTimeZone& zone);
ForecastResult compute(ForecastPeriod::Kind kind,
                       const QList<ForecastPeriod>& buckets,
                       const QList<WonDealRow>& won,
                       const QList<OpenForecastRow>& open,
                       const QuotaBook& quotas,
                       const StageIndex& stages,
                       const QList<Owner>& owners,
                       const ChartFilter& filter,
                       const CurrencyConverter& converter,
                       const QTimeZone& zone);

} // namespace ForecastVsQuota
