// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ExchangeRate.h"

#include <QList>

#include <optional>

class Clock;
class Database;

class ExchangeRateRepository final
{
public:
    ExchangeRateRepository(Database& database, const Clock& clock);

    QList<ExchangeRate> rates() const; // by currency, then validFrom
    ExchangeRate insert(ExchangeRate rate);
    void remove(const QString& id);

private:
    Database& m_database;
    const Clock& m_clock;
};
