// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuotaBook.h"

QuotaBook::QuotaBook(QList<Quota> quotas)
    : m_quotas(std::move(quotas))
{}

const Quota* QuotaBook::find(const QString& ownerId, ForecastPeriod::Kind kind, const QDate& start) const
{
    const QString key = ForecastPeriod::kindKey(kind);
    for (const Quota& quota : m_quotas) {
        if (quota.ownerId == ownerId && quota.periodKind == key && quota.periodStart == start) {
            return &quota;
        }
    }
    return nullptr;
}

std::optional<Money> QuotaBook::quota(const QString& ownerId, const ForecastPeriod& period) const
{
    if (const Quota* own = find(ownerId, period.kind, period.first)) {
        return own->amount;
    }
    if (period.kind == ForecastPeriod::Kind::Quarter) {
        std::optional<Money> sum;
        for (int month = 0; month < 3; ++month) {
            const Quota* part = find(ownerId, ForecastPeriod::Kind::Month, period.first.addMonths(month));
            if (!part) {
                continue;
            }
            if (sum && sum->currency != part->amount.currency) {
                return std::nullopt; // months in different currencies: not added as plain numbers
            }
            sum = Money{(sum ? sum->minor : 0) + part->amount.minor, part->amount.currency};
        }
        return sum;
    }
    const ForecastPeriod quarter = ForecastPeriod::containing(period.first, ForecastPeriod::Kind::Quarter);
    if (const Quota* whole = find(ownerId, quarter.kind, quarter.first)) {
        return Money{whole->amount.minor / 3, whole->amount.currency};
    }
    return std::nullopt;
}

QStringList QuotaBook::owners() const
{
    QStringList result;
    for (const Quota& quota : m_quotas) {
        if (!result.contains(quota.ownerId)) {
            result.append(quota.ownerId);
        }
    }
    return result;
}
