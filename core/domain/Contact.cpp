// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Contact.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<OrgLevel, const char*>, 5> kOrgLevelKeys = {{
    {OrgLevel::Unknown, "unknown"},
    {OrgLevel::Executive, "executive"},
    {OrgLevel::Senior, "senior"},
    {OrgLevel::Middle, "middle"},
    {OrgLevel::Staff, "staff"},
}};
} // namespace

QString orgLevelKey(OrgLevel level)
{
    for (const auto& [value, key] : kOrgLevelKeys) {
        if (value == level) {
            return QString::fromLatin1(key);
        }
    }
    return QStringLiteral("unknown");
}

OrgLevel orgLevelFromKey(const QString& key)
{
    for (const auto& [value, k] : kOrgLevelKeys) {
        if (key == QLatin1String(k)) {
            return value;
        }
    }
    return OrgLevel::Unknown;
}
