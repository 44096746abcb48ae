// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"

MockClock::MockClock(const QDateTime& now)
    : m_now(now.toUTC())
{}
