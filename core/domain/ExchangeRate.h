// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// Units of the workspace's base currency per unit of `currency`, from validFrom on.
struct ExchangeRate
{
    QString id;
    QString currency;
    double rate = 1.0;
    QDate validFrom;

    friend bool operator==(const ExchangeRate&, const ExchangeRate&) = default;
};
