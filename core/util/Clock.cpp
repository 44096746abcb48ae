// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today() const
{
    return nowUtc().toLocalTime().date();
}

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}
