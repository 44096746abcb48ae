// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

// The areas of the main window, in sidebar order; Ctrl+1 … Ctrl+7 follow this order and
// LastArea stores the underlying value, so append new areas at the end.
enum class Area
{
    Pipeline,
    Behaviour,
    Strategy,
    Accounts,
    FunnelReview,
    Charts,
    Goals,
};

inline constexpr std::array<Area, 7> kAllAreas = {
    Area::Pipeline,
    Area::Behaviour,
    Area::Strategy,
    Area::Accounts,
    Area::FunnelReview,
    Area::Charts,
    Area::Goals,
};
