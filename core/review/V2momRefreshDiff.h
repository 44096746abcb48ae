// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/V2mom.h"
#include "core/domain/V2momSnapshot.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The mid-year refresh (DOMAIN.md §6): what changed in a sheet since a snapshot, and each
// measure's completion then and now. Items are matched by id, so rewording an item is a
// change of that item, not a removal and an addition.
struct V2momRefreshDiff
{
    enum class Part
    {
        Vision,
        Value,
        Method,
        Obstacle,
        Measure,
    };

    enum class Change
    {
        Added,
        Removed,
        Reworded,
        Moved,    // same text, another position (a method's priority changed)
        Relinked, // an obstacle or measure now attached to another method, a method aligned elsewhere
    };

    struct ItemChange
    {
        Part part = Part::Value;
        Change change = Change::Added;
        QString id;
        QString before;          // text then (empty when added)
        QString after;           // text now (empty when removed)
        int positionBefore = -1; // 1-based, -1 when absent
        int positionAfter = -1;
    };

    struct MeasureRow
    {
        QString id;
        QString name; // now, or then for a removed measure
        QString unit;
        bool added = false;
        bool removed = false;
        std::optional<double> targetBefore;
        std::optional<double> targetAfter;
        QDate dueBefore;
        QDate dueAfter;
        std::optional<double> valueThen;
        std::optional<double> valueNow;
        std::optional<double> completionThen;
        std::optional<double> completionNow;
        bool lowerIsBetter = false;

        bool targetChanged() const { return targetBefore && targetAfter && *targetBefore != *targetAfter; }
        bool dueChanged() const { return dueBefore.isValid() && dueAfter.isValid() && dueBefore != dueAfter; }
    };

    QList<ItemChange> items;    // vision, values, methods, obstacles, measures; each in position order
    QList<MeasureRow> measures; // the current measures in order, then the removed ones

    bool isEmpty() const;
    int count(Part part) const;

    // `valuesNow` holds today's value of each current measure (absent: no value).
    static V2momRefreshDiff
    compute(const V2momSnapshot& snapshot, const V2momSheet& now, const QHash<QString, double>& valuesNow);
};

QString refreshPartDisplayName(V2momRefreshDiff::Part part);
QString refreshChangeDisplayName(V2momRefreshDiff::Change change);
