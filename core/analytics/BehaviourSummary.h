// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/BehaviourQuery.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

class Database;

// One rep's behaviour over a window of weeks (DOMAIN.md §2 aggregates, for coaching).
// Cancelled interactions are not counted; no-shows are (the rep did plan them).
struct RepBehaviour
{
    QString ownerId;
    int weeks = 0;
    QList<qint64> weekly; // interactions per week, oldest first, `weeks` entries
    qint64 interactions = 0;
    qint64 withObjective = 0;
    qint64 reviewed = 0;
    qint64 achieved = 0;
    qint64 partly = 0;
    // Average of each skill rating in SkillRatings order, over the interactions rated on it.
    std::array<std::optional<double>, 5> averageRatings{};
    // Average of every rating given, all five skills together.
    std::optional<double> averageRating;

    double perWeek() const;
    // Share of interactions with a stated objective; none without interactions.
    std::optional<double> objectiveShare() const;
    // Objective hit rate: achieved ("yes") over reviewed; "partly" is not a hit. None
    // when nothing was reviewed.
    std::optional<double> hitRate() const;
};

namespace BehaviourSummary {

// The first day of the week holding `day`.
QDate weekStartOf(const QDate& day, Qt::DayOfWeek weekStart = Qt::Monday);
// The bounds of `weeks` weeks ending with the week of `today` (which is included):
// weeks + 1 local midnights as UTC instants, oldest first.
QList<QDateTime> weekBounds(const QDate& today, int weeks, Qt::DayOfWeek weekStart = Qt::Monday);
// Rolls weekly counts up per rep, by owner id.
QList<RepBehaviour> summarise(const QList<BehaviourQuery::WeekCounts>& rows, int weeks);
// Every rep with interactions in the window (only `ownerId` when set).
QList<RepBehaviour> compute(const Database& database,
                            const QDate& today,
                            int weeks,
                            const QString& ownerId = {},
                            Qt::DayOfWeek weekStart = Qt::Monday);

} // namespace BehaviourSummary
