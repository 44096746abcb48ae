// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurrencyConverter.h"

#include <cmath>

CurrencyConverter::CurrencyConverter(QString baseCurrency, const QList<ExchangeRate>& rates, const QDate& day)
    : m_base(std::move(baseCurrency))
    , m_day(day)
{
    QHash<QString, const ExchangeRate*> chosen;
    for (const ExchangeRate& rate : rates) {
        if (rate.currency == m_base || rate.rate <= 0) {
            continue;
        }
        const ExchangeRate*& best = chosen[rate.currency];
        const bool validOnDay = rate.validFrom <= day;
        if (!best) {
            best = &rate;
        } else if (validOnDay && (best->validFrom > day || rate.validFrom > best->validFrom)) {
            best = &rate; // the latest rate in force on the day
        } else if (!validOnDay && best->validFrom > day && rate.validFrom < best->validFrom) {
            best = &rate; // none in force yet: the earliest
        }
    }
    const int baseDigits = Money::minorDigits(m_base);
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        const int digits = Money::minorDigits(it.key());
        m_factor.insert(it.key(), it.value()->rate * std::pow(10.0, baseDigits - digits));
    }
    m_factor.insert(m_base, 1.0);
}

std::optional<qint64> CurrencyConverter::toBase(const Money& money) const
{
    if (money.currency == m_base) {
        return money.minor;
    }
    const auto it = m_factor.constFind(money.currency);
    if (it == m_factor.cend()) {
        return std::nullopt;
    }
    return static_cast<qint64>(std::llround(static_cast<double>(money.minor) * it.value()));
}

bool CurrencyConverter::canConvert(const QString& currency) const
{
    return m_factor.contains(currency);
}

void BaseTotal::add(const CurrencyConverter& converter, const Money& money)
{
    if (const auto base = converter.toBase(money)) {
        minor += *base;
        ++count;
    } else {
        unconverted.insert(money.currency);
    }
}
