// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// One customer interaction: a row of the behaviour table (销售行为控制表, DOMAIN.md §2),
// with a plan half filled before and a review half filled after.
enum class InteractionType
{
    Visit,
    Call,
    Video,
    Demo,
    Workshop,
    Email,
    Event,
};

enum class AppointmentState
{
    Planned,
    Confirmed,
    Done,
    Cancelled,
    NoShow,
};

enum class InteractionOutcome
{
    NotReviewed,
    Yes,
    Partly,
    No,
};

QString interactionTypeKey(InteractionType type);
InteractionType interactionTypeFromKey(const QString& key);
QString appointmentStateKey(AppointmentState state);
AppointmentState appointmentStateFromKey(const QString& key);
QString interactionOutcomeKey(InteractionOutcome outcome);
InteractionOutcome interactionOutcomeFromKey(const QString& key);

// Manager's coaching ratings, 1-5 each; unset when not rated.
struct SkillRatings
{
    std::optional<int> planning;
    std::optional<int> questioning;
    std::optional<int> presentingValue;
    std::optional<int> handlingObjections;
    std::optional<int> gainingCommitment;

    friend bool operator==(const SkillRatings&, const SkillRatings&) = default;
};

struct Interaction
{
    QString id;
    QString ownerId;
    QString dealId;
    QString accountId;
    QStringList contactIds;
    QDateTime scheduledAt;
    InteractionType type = InteractionType::Visit;
    AppointmentState appointmentState = AppointmentState::Planned;
    QString howSecured;
    // plan half
    QString objectiveBest;
    QString objectiveMinimum;
    QString conversationLogic;
    // review half
    QString customerNeeds;
    QString advantages;
    InteractionOutcome outcome = InteractionOutcome::NotReviewed;
    QString commitment;
    QString nextStep;
    QDate nextStepDate;
    // coaching
    QString coachNote;
    SkillRatings ratings;
    QDateTime reviewedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasObjective() const { return !objectiveBest.trimmed().isEmpty(); }
    friend bool operator==(const Interaction&, const Interaction&) = default;
};
