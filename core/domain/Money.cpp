// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QStringList>

#include <cmath>

int Money::minorDigits(const QString& currency)
{
    static const QStringList zeroDigit = {QStringLiteral("JPY"),
                                          QStringLiteral("KRW"),
                                          QStringLiteral("VND"),
                                          QStringLiteral("CLP"),
                                          QStringLiteral("ISK"),
                                          QStringLiteral("HUF")};
    static const QStringList threeDigit = {QStringLiteral("KWD"),
                                           QStringLiteral("BHD"),
                                           QStringLiteral("OMR"),
                                           QStringLiteral("JOD"),
                                           QStringLiteral("TND")};
    if (zeroDigit.contains(currency)) {
        return 0;
    }
    if (threeDigit.contains(currency)) {
        return 3;
    }
    return 2;
}

double Money::majorUnits() const
{
    return static_cast<double>(minor) / std::pow(10.0, minorDigits(currency));
}

Money Money::fromMajorUnits(double major, const QString& currency)
{
    return Money{static_cast<qint64>(std::llround(major * std::pow(10.0, minorDigits(currency)))), currency};
}
