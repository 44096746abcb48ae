// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardFilter.h"

#include <array>

namespace {
const std::array<std::pair<ClosePeriod, const char*>, 5> kPeriodKeys = {{
    {ClosePeriod::Any, "any"},
    {ClosePeriod::ThisMonth, "this_month"},
    {ClosePeriod::ThisQuarter, "this_quarter"},
    {ClosePeriod::NextQuarter, "next_quarter"},
    {ClosePeriod::Custom, "custom"},
}};

const std::array<std::pair<BoardSort, const char*>, 3> kSortKeys = {{
    {BoardSort::CloseDate, "close_date"},
    {BoardSort::Amount, "amount"},
    {BoardSort::Age, "age"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [entry, key] : table) {
        if (entry == value) {
            return QString::fromLatin1(key);
        }
    }
    return QString::fromLatin1(table.front().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& key)
{
    for (const auto& [entry, k] : table) {
        if (key == QLatin1String(k)) {
            return entry;
        }
    }
    return table.front().first;
}

// First day of the fiscal quarter that contains `day`.
QDate quarterStart(const QDate& day, int fiscalStartMonth)
{
    const int offset = ((day.month() - fiscalStartMonth) % 12 + 12) % 12; // months into the fiscal year
    const QDate monthStart(day.year(), day.month(), 1);
    return monthStart.addMonths(-(offset % 3));
}
} // namespace

std::pair<QDate, QDate> BoardFilter::closeRange(const QDate& today, int fiscalStartMonth) const
{
    if (fiscalStartMonth < 1 || fiscalStartMonth > 12) {
        fiscalStartMonth = 1;
    }
    switch (closePeriod) {
    case ClosePeriod::Any:
        return {};
    case ClosePeriod::ThisMonth: {
        const QDate start(today.year(), today.month(), 1);
        return {start, start.addMonths(1).addDays(-1)};
    }
    case ClosePeriod::ThisQuarter: {
        const QDate start = quarterStart(today, fiscalStartMonth);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case ClosePeriod::NextQuarter: {
        const QDate start = quarterStart(today, fiscalStartMonth).addMonths(3);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case ClosePeriod::Custom:
        return {customFrom, customTo};
    }
    return {};
}

QVariantMap BoardFilter::toVariantMap() const
{
    QVariantMap map;
    map.insert(QStringLiteral("owner"), ownerId);
    map.insert(QStringLiteral("period"), keyOf(kPeriodKeys, closePeriod));
    map.insert(QStringLiteral("from"), customFrom.toString(Qt::ISODate));
    map.insert(QStringLiteral("to"), customTo.toString(Qt::ISODate));
    map.insert(QStringLiteral("search"), search);
    map.insert(QStringLiteral("stalled"), onlyStalled);
    map.insert(QStringLiteral("noNextStep"), onlyWithoutNextStep);
    map.insert(QStringLiteral("sort"), keyOf(kSortKeys, sort));
    return map;
}

BoardFilter BoardFilter::fromVariantMap(const QVariantMap& map)
{
    BoardFilter filter;
    filter.ownerId = map.value(QStringLiteral("owner")).toString();
    filter.closePeriod = valueOf(kPeriodKeys, map.value(QStringLiteral("period")).toString());
    filter.customFrom = QDate::fromString(map.value(QStringLiteral("from")).toString(), Qt::ISODate);
    filter.customTo = QDate::fromString(map.value(QStringLiteral("to")).toString(), Qt::ISODate);
    filter.search = map.value(QStringLiteral("search")).toString();
    filter.onlyStalled = map.value(QStringLiteral("stalled")).toBool();
    filter.onlyWithoutNextStep = map.value(QStringLiteral("noNextStep")).toBool();
    filter.sort = valueOf(kSortKeys, map.value(QStringLiteral("sort")).toString());
    return filter;
}
