// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <utility>

// Storage keys of domain enums: a table of (value, key) per enum, read both ways. The first
// entry is the fallback for unknown keys, so a file written by a newer version still loads.
namespace EnumKeys {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [v, key] : table) {
        if (v == value) {
            return QString::fromLatin1(key);
        }
    }
    return QString::fromLatin1(table.front().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& key)
{
    for (const auto& [v, k] : table) {
        if (key == QLatin1String(k)) {
            return v;
        }
    }
    return table.front().first;
}

} // namespace EnumKeys
