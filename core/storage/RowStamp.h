// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QString>

// The created_at/updated_at text every insert and update writes.
inline QString storageNow(const Clock& clock)
{
    return Timestamp::toStorage(clock.nowUtc());
}
