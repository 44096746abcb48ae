// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// An amount in integer minor units of one ISO-4217 currency. Amounts in different
// currencies are never added as plain numbers (DOMAIN.md §7): convert first.
struct Money
{
    qint64 minor = 0;
    QString currency;

    friend bool operator==(const Money&, const Money&) = default;

    // Number of decimal places of the currency's minor unit (JPY 0, KWD 3, most 2).
    static int minorDigits(const QString& currency);
    // The amount as a plain number of major units, for display through QLocale.
    double majorUnits() const;
    static Money fromMajorUnits(double major, const QString& currency);
};
