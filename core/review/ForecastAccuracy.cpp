// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastAccuracy.h"

#include "core/analytics/CurrencyConverter.h"
#include "core/storage/DealHistoryQuery.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Clock.h"

#include <QHash>

#include <cstdlib>

namespace ForecastAccuracy {

double accuracy(qint64 forecast, qint64 actual)
{
    if (actual == 0) {
        return forecast == 0 ? 1.0 : 0.0;
    }
    const double error = std::abs(double(forecast - actual)) / std::abs(double(actual));
    return error >= 1.0 ? 0.0 : 1.0 - error;
}

QList<AccuracyRow> run(Database& database, const QDateTime& now, const QTimeZone& zone)
{
    const Clock& clock = Clock::system(); // the repositories below only read
    ReviewRepository reviews(database, clock);
    const QString base = WorkspaceMetaRepository(database, clock).baseCurrency();
    const QList<ExchangeRate> rates = ExchangeRateRepository(database, clock).rates();
    const QDate today = now.toTimeZone(zone).date();
    // Actuals per period, computed once for every snapshot of the period.
    QHash<QString, QHash<QString, qint64>> actuals;
    QList<AccuracyRow> rows;
    for (const ReviewSnapshot& snapshot : reviews.snapshots()) {
        const auto kind = ForecastPeriod::kindFromKey(snapshot.periodKind);
        if (!kind || !snapshot.periodStart.isValid() || snapshot.periodEnd > today) {
            continue;
        }
        const ForecastPeriod period{*kind, snapshot.periodStart};
        if (!actuals.contains(period.key())) {
            const CurrencyConverter converter(base, rates, period.last());
            const ReportPeriod span = period.span(zone);
            QHash<QString, qint64> perOwner;
            qint64 team = 0;
            for (const ClosedTotal& won : DealHistoryQuery::wonTotals(database, span.start, span.end)) {
                const auto value = converter.toBase(Money{won.amountMinor, won.currency});
                perOwner[won.ownerId] += value.value_or(0);
                team += value.value_or(0);
            }
            perOwner.insert(QStringLiteral("\x01team"), team);
            actuals.insert(period.key(), perOwner);
        }
        const QHash<QString, qint64>& actual = actuals[period.key()];
        for (const SnapshotForecast& forecast : reviews.snapshotForecasts(snapshot.id)) {
            AccuracyRow row;
            row.snapshotId = snapshot.id;
            row.takenAt = snapshot.takenAt;
            row.ownerId = forecast.ownerId;
            row.period = period;
            row.forecast = forecast.forecast();
            row.actual =
                forecast.ownerId.isEmpty() ? actual.value(QStringLiteral("\x01team")) : actual.value(forecast.ownerId);
            row.accuracy = accuracy(row.forecast, row.actual);
            rows.append(row);
        }
    }
    return rows;
}

} // namespace ForecastAccuracy
