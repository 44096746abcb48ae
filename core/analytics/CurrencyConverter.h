// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ExchangeRate.h"
#include "core/domain/Money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// Converts amounts to the workspace's base currency with the rates valid on one day
// (DOMAIN.md §7: amounts in different currencies are never added as plain numbers). One day
// for a whole computation keeps totals consistent: a deal whose amount did not change does
// not seem to change because a rate did, and a waterfall balances to the minor unit.
class CurrencyConverter final
{
public:
    // The rate of a currency on `day` is the one with the latest valid_from on or before
    // `day`; when every rate of the currency starts later, the earliest one.
    CurrencyConverter(QString baseCurrency, const QList<ExchangeRate>& rates, const QDate& day);

    const QString& baseCurrency() const { return m_base; }
    const QDate& day() const { return m_day; }
    // In minor units of the base currency, rounded to the nearest; none without a rate.
    std::optional<qint64> toBase(const Money& money) const;
    bool canConvert(const QString& currency) const;

private:
    QString m_base;
    QDate m_day;
    QHash<QString, double> m_factor; // base minor units per minor unit of the currency
};

// A total in base currency that remembers what it could not convert.
struct BaseTotal
{
    qint64 minor = 0;
    int count = 0;
    QSet<QString> unconverted; // currencies without a rate; their amounts are left out

    void add(const CurrencyConverter& converter, const Money& money);
    void add(qint64 baseMinor)
    {
        minor += baseMinor;
        ++count;
    }
};
