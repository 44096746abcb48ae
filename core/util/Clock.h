// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

// The time source of core. Stage ages, rotting thresholds and "this week" windows read
// the clock through this seam so tests can pin time (tests/support/MockClock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;
    QDate today() const; // local calendar day of nowUtc()

    static const Clock& system();
};
