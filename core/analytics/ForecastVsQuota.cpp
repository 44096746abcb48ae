// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastVsQuota.h"

#include "CurrencyConverter.h"
#include "QuotaBook.h"
#include "StageIndex.h"
#include "Statistics.h"

#include <QHash>

#include <algorithm>
#include <cmath>

std::optional<double> ForecastBucket::attainment() const
{
    return quota ? Statistics::ratio(double(closedWon), double(*quota)) : std::nullopt;
}

bool ForecastResult::isEmpty() const
{
    for (const ForecastBucket& bucket : team.buckets) {
        if (bucket.closedWon || bucket.commit || bucket.bestCase || bucket.pipeline || bucket.weighted ||
            bucket.quota) {
            return false;
        }
    }
    return true;
}

namespace {
qsizetype bucketOf(const QList<ForecastPeriod>& buckets, const QDate& day)
{
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (buckets.at(i).contains(day)) {
            return i;
        }
    }
    return -1;
}
} // namespace

namespace ForecastVsQuota {

QList<ForecastPeriod> buckets(const ReportPeriod& period, ForecastPeriod::Kind kind, const QTimeZone& zone)
{
    QList<ForecastPeriod> result;
    if (!period.isValid()) {
        return result;
    }
    const QDate first = period.start.toTimeZone(zone).date();
    const QDate last = period.end.addMSecs(-1).toTimeZone(zone).date();
    for (ForecastPeriod p = ForecastPeriod::containing(first, kind); p.first <= last; p = p.next()) {
        result.append(p);
    }
    return result;
}

ForecastResult compute(ForecastPeriod::Kind kind,
                       const QList<ForecastPeriod>& buckets,
                       const QList<WonDealRow>& won,
                       const QList<OpenForecastRow>& open,
                       const QuotaBook& quotas,
                       const StageIndex& stages,
                       const QList<Owner>& owners,
                       const ChartFilter& filter,
                       const CurrencyConverter& converter,
                       const QTimeZone& zone)
{
    ForecastResult result;
    result.baseCurrency = converter.baseCurrency();
    result.kind = kind;
    QList<ForecastBucket> empty;
    for (const ForecastPeriod& period : buckets) {
        empty.append(ForecastBucket{period, 0, 0, 0, 0, 0, std::nullopt});
    }
    result.team.buckets = empty;
    QHash<QString, QList<ForecastBucket>> perOwner;
    auto bucketsOf = [&](const QString& ownerId) -> QList<ForecastBucket>& {
        auto it = perOwner.find(ownerId);
        if (it == perOwner.end()) {
            it = perOwner.insert(ownerId, empty);
        }
        return *it;
    };
    auto toBase = [&](const Money& money) -> std::optional<qint64> {
        const auto base = converter.toBase(money);
        if (!base) {
            result.unconverted.insert(money.currency);
        }
        return base;
    };

    for (const WonDealRow& row : won) {
        const qsizetype at = bucketOf(buckets, QDateTime::fromMSecsSinceEpoch(row.wonMs, zone).date());
        const auto base = toBase(row.amount);
        if (at < 0 || !base || !filter.includesOwner(row.ownerId)) {
            continue;
        }
        result.team.buckets[at].closedWon += *base;
        bucketsOf(row.ownerId)[at].closedWon += *base;
    }
    for (const OpenForecastRow& row : open) {
        const qsizetype at = bucketOf(buckets, row.month);
        const Stage* stage = stages.find(row.stageId);
        const auto base = toBase(Money{row.amountMinor, row.currency});
        if (at < 0 || !base || !stage || !filter.includesOwner(row.ownerId) ||
            row.category == ForecastCategory::Omitted) {
            continue;
        }
        const qint64 weighted = std::llround(double(*base) * stage->probability / 100.0);
        for (QList<ForecastBucket>* target : {&result.team.buckets, &bucketsOf(row.ownerId)}) {
            ForecastBucket& bucket = (*target)[at];
            bucket.weighted += weighted;
            if (row.category == ForecastCategory::Commit) {
                bucket.commit += *base;
            } else if (row.category == ForecastCategory::BestCase) {
                bucket.bestCase += *base;
            } else {
                bucket.pipeline += *base;
            }
        }
    }

    QList<Owner> shown;
    for (const Owner& owner : owners) {
        if (filter.includesOwner(owner.id) && (owner.role == OwnerRole::Rep || perOwner.contains(owner.id))) {
            shown.append(owner);
        }
    }
    std::sort(shown.begin(), shown.end(), [](const Owner& a, const Owner& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Owner& owner : shown) {
        ForecastSeries series{owner.id, owner.name, bucketsOf(owner.id)};
        for (ForecastBucket& bucket : series.buckets) {
            if (const auto quota = quotas.quota(owner.id, bucket.period)) {
                bucket.quota = toBase(*quota);
            }
            if (bucket.quota) {
                result.hasQuota = true;
                const qsizetype at = &bucket - series.buckets.data();
                std::optional<qint64>& team = result.team.buckets[at].quota;
                team = team.value_or(0) + *bucket.quota;
            }
        }
        result.reps.append(std::move(series));
    }
    return result;
}

} // namespace ForecastVsQuota
