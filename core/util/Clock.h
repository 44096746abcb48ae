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

// A clock stopped at one moment: rows written by one operation (an import, the demo's
// seed rows, a backup) carry that operation's time.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};
