// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourSummary.h"

#include <QMap>

double RepBehaviour::perWeek() const
{
    return weeks > 0 ? static_cast<double>(interactions) / weeks : 0.0;
}

std::optional<double> RepBehaviour::objectiveShare() const
{
    if (interactions == 0) {
        return std::nullopt;
    }
    return static_cast<double>(withObjective) / static_cast<double>(interactions);
}

std::optional<double> RepBehaviour::hitRate() const
{
    if (reviewed == 0) {
        return std::nullopt;
    }
    return static_cast<double>(achieved) / static_cast<double>(reviewed);
}

namespace BehaviourSummary {

QDate weekStartOf(const QDate& day, Qt::DayOfWeek weekStart)
{
    const int back = (day.dayOfWeek() - static_cast<int>(weekStart) + 7) % 7;
    return day.addDays(-back);
}

QList<QDateTime> weekBounds(const QDate& today, int weeks, Qt::DayOfWeek weekStart)
{
    QList<QDateTime> bounds;
    const QDate first = weekStartOf(today, weekStart).addDays(-7 * (weeks - 1));
    for (int k = 0; k <= weeks; ++k) {
        bounds.append(QDateTime(first.addDays(7 * k), QTime(0, 0)).toUTC());
    }
    return bounds;
}

QList<RepBehaviour> summarise(const QList<BehaviourQuery::WeekCounts>& rows, int weeks)
{
    struct Sums
    {
        RepBehaviour rep;
        std::array<qint64, 5> ratingSums{};
        std::array<qint64, 5> ratingCounts{};
    };
    QMap<QString, Sums> byOwner;
    for (const BehaviourQuery::WeekCounts& row : rows) {
        Sums& sums = byOwner[row.ownerId];
        RepBehaviour& rep = sums.rep;
        if (rep.weekly.isEmpty()) {
            rep.ownerId = row.ownerId;
            rep.weeks = weeks;
            rep.weekly.fill(0, weeks);
        }
        if (row.week >= 0 && row.week < weeks) {
            rep.weekly[row.week] += row.interactions;
        }
        rep.interactions += row.interactions;
        rep.withObjective += row.withObjective;
        rep.reviewed += row.reviewed;
        rep.achieved += row.achieved;
        rep.partly += row.partly;
        for (int r = 0; r < 5; ++r) {
            sums.ratingSums[r] += row.ratingSums[r];
            sums.ratingCounts[r] += row.ratingCounts[r];
        }
    }
    QList<RepBehaviour> result;
    for (Sums& sums : byOwner) {
        qint64 allSum = 0;
        qint64 allCount = 0;
        for (int r = 0; r < 5; ++r) {
            if (sums.ratingCounts[r] > 0) {
                sums.rep.averageRatings[r] =
                    static_cast<double>(sums.ratingSums[r]) / static_cast<double>(sums.ratingCounts[r]);
            }
            allSum += sums.ratingSums[r];
            allCount += sums.ratingCounts[r];
        }
        if (allCount > 0) {
            sums.rep.averageRating = static_cast<double>(allSum) / static_cast<double>(allCount);
        }
        result.append(sums.rep);
    }
    return result;
}

QList<RepBehaviour>
compute(const Database& database, const QDate& today, int weeks, const QString& ownerId, Qt::DayOfWeek weekStart)
{
    if (weeks < 1) {
        return {};
    }
    return summarise(BehaviourQuery::weekly(database, weekBounds(today, weeks, weekStart), ownerId), weeks);
}

} // namespace BehaviourSummary
