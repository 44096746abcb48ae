// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Interaction.h"

#include <array>
#include <utility>

namespace {
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

const std::array<std::pair<InteractionType, const char*>, 7> kTypes = {{
    {InteractionType::Visit, "visit"},
    {InteractionType::Call, "call"},
    {InteractionType::Video, "video"},
    {InteractionType::Demo, "demo"},
    {InteractionType::Workshop, "workshop"},
    {InteractionType::Email, "email"},
    {InteractionType::Event, "event"},
}};
const std::array<std::pair<AppointmentState, const char*>, 5> kStates = {{
    {AppointmentState::Planned, "planned"},
    {AppointmentState::Confirmed, "confirmed"},
    {AppointmentState::Done, "done"},
    {AppointmentState::Cancelled, "cancelled"},
    {AppointmentState::NoShow, "no_show"},
}};
const std::array<std::pair<InteractionOutcome, const char*>, 4> kOutcomes = {{
    {InteractionOutcome::NotReviewed, ""},
    {InteractionOutcome::Yes, "yes"},
    {InteractionOutcome::Partly, "partly"},
    {InteractionOutcome::No, "no"},
}};
} // namespace

QString interactionTypeKey(InteractionType type)
{
    return keyOf(kTypes, type);
}
InteractionType interactionTypeFromKey(const QString& key)
{
    return valueOf(kTypes, key);
}
QString appointmentStateKey(AppointmentState state)
{
    return keyOf(kStates, state);
}
AppointmentState appointmentStateFromKey(const QString& key)
{
    return valueOf(kStates, key);
}
QString interactionOutcomeKey(InteractionOutcome outcome)
{
    return keyOf(kOutcomes, outcome);
}
InteractionOutcome interactionOutcomeFromKey(const QString& key)
{
    return valueOf(kOutcomes, key);
}
