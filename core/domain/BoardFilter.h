// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

#include <utility>

// Which expected close dates the pipeline board shows.
enum class ClosePeriod
{
    Any,
    ThisMonth,
    ThisQuarter, // fiscal quarter, see BoardFilter::closeRange
    NextQuarter,
    Custom,
};

// Order of the cards within a board column.
enum class BoardSort
{
    CloseDate, // earliest expected close first, deals without a date last
    Amount,    // largest amount in the base currency first
    Age,       // longest in the current stage first
};

// What the rep narrows the pipeline board to. Plain values, so the board query, the
// filter bar and the per-workspace settings share one definition.
struct BoardFilter
{
    QString ownerId; // empty: every owner
    ClosePeriod closePeriod = ClosePeriod::Any;
    QDate customFrom; // inclusive, used with ClosePeriod::Custom; null: open-ended
    QDate customTo;   // inclusive
    QString search;   // substring of the deal or account name; empty: no search
    bool onlyStalled = false;
    bool onlyWithoutNextStep = false;
    BoardSort sort = BoardSort::CloseDate;

    // First and last day (inclusive) of the close period around `today`; both null for
    // ClosePeriod::Any. Quarters follow the fiscal year that starts in `fiscalStartMonth`.
    std::pair<QDate, QDate> closeRange(const QDate& today, int fiscalStartMonth = 1) const;

    // Stable keys for QSettings; an unknown or missing key falls back to the default.
    QVariantMap toVariantMap() const;
    static BoardFilter fromVariantMap(const QVariantMap& map);

    friend bool operator==(const BoardFilter&, const BoardFilter&) = default;
};
