// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Clock.h"

// A clock the test sets and advances by hand.
class MockClock final : public Clock
{
public:
    explicit MockClock(const QDateTime& now = QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC));
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};
