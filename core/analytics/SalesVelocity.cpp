// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesVelocity.h"

#include "CurrencyConverter.h"
#include "Statistics.h"

#include <algorithm>

namespace {
constexpr qint64 kMsecsPerDay = 86400000;
}

bool VelocityResult::isEmpty() const
{
    for (const VelocityPoint& point : points) {
        if (point.openDeals > 0 || point.won > 0 || point.lost > 0) {
            return false;
        }
    }
    return true;
}

namespace SalesVelocity {

QList<QDate> sampleDays(const ReportPeriod& period, const QDate& today, const QTimeZone& zone)
{
    QList<QDate> days;
    if (!period.isValid()) {
        return days;
    }
    const QDate first = period.start.toTimeZone(zone).date();
    const QDate periodLast = period.end.addMSecs(-1).toTimeZone(zone).date();
    const QDate last = std::min(periodLast, today);
    if (last < first) {
        return days;
    }
    if (first.daysTo(periodLast) < 92) {
        for (QDate day = first.addDays(6); day < last; day = day.addDays(7)) {
            days.append(day);
        }
    } else {
        for (QDate day = QDate(first.year(), first.month(), 1).addMonths(1).addDays(-1); day < last;
             day = QDate(day.year(), day.month(), 1).addMonths(2).addDays(-1)) {
            days.append(day);
        }
    }
    days.append(last);
    return days;
}

VelocityResult compute(const QList<DealSpanRow>& deals,
                       const QList<QDate>& days,
                       const ChartFilter& filter,
                       const CurrencyConverter& converter,
                       const QTimeZone& zone,
                       int windowDays)
{
    VelocityResult result;
    result.baseCurrency = converter.baseCurrency();
    result.windowDays = windowDays;
    // Convert once: the same deal is looked at for every sample.
    QList<std::optional<qint64>> base;
    base.reserve(deals.size());
    for (const DealSpanRow& deal : deals) {
        base.append(converter.toBase(deal.amount));
        if (!base.constLast() && deal.wonMs > 0) {
            result.unconverted.insert(deal.amount.currency);
        }
    }
    for (const QDate& day : days) {
        VelocityPoint point;
        point.day = day;
        const qint64 at = day.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
        const qint64 windowStart = at - qint64(windowDays) * kMsecsPerDay;
        qint64 wonAmount = 0;
        int valued = 0;
        double cycleSum = 0;
        for (qsizetype i = 0; i < deals.size(); ++i) {
            const DealSpanRow& deal = deals.at(i);
            if (!filter.includesOwner(deal.ownerId) || deal.createdMs >= at) {
                continue;
            }
            const bool wonBefore = deal.wonMs > 0 && deal.wonMs < at;
            const bool lostBefore = deal.lostMs > 0 && deal.lostMs < at;
            if (!wonBefore && !lostBefore) {
                ++point.openDeals;
            }
            if (wonBefore && deal.wonMs >= windowStart) {
                ++point.won;
                cycleSum += double(deal.wonMs - deal.createdMs) / double(kMsecsPerDay);
                if (const auto& amount = base.at(i)) {
                    wonAmount += *amount;
                    ++valued;
                }
            } else if (lostBefore && deal.lostMs >= windowStart) {
                ++point.lost;
            }
        }
        point.winRate = Statistics::ratio(point.won, point.won + point.lost);
        point.dealSize = Statistics::ratio(double(wonAmount), valued);
        point.cycleDays = Statistics::ratio(cycleSum, point.won);
        if (point.winRate && point.dealSize && point.cycleDays) {
            point.perDay = Statistics::ratio(point.openDeals * *point.winRate * *point.dealSize, *point.cycleDays);
        }
        result.points.append(point);
    }
    return result;
}

} // namespace SalesVelocity
