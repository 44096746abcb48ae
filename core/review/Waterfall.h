// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

#include <optional>

// One deal's part in a waterfall, in the terms of the rules below: where it stands at each end
// of the span and its value there. The weekly review (from timelines) and the flow waterfall
// chart (from each deal's two ends) fill it in their own way and add it with Waterfall::add.
struct WaterfallDeal
{
    bool inStart = false;             // open at the start, owned in scope
    bool openAtStart = false;         // under any rep
    bool inEnd = false;               // open at the end, owned in scope
    bool closedAtEnd = false;         // exists and is closed at the end
    bool wonAtEnd = false;            // closedAtEnd in a won stage
    std::optional<qint64> startValue; // in base currency; only read when inStart
    std::optional<qint64> endValue;
    QString startCurrency; // named in `unconverted` when its value is missing
    QString endCurrency;
};

// The pipeline change over a span in base-currency minor units (the weekly review's
// waterfall). It balances exactly:
//   start + added + increases − decreases − lost − won + transferredIn − transferredOut = end
// The transfer terms are zero for the whole team; they appear only for a set of reps when a
// deal changes hands across the set's edge. How each deal moves in and out:
//  - start: open at the start of the span, owned by a rep in scope, valued at the start;
//    end: open at the end, owned in scope, valued at the end.
//  - A deal in the start pipeline adds (end value − start value) to increases or decreases,
//    then leaves at its end value: to won or lost when it is closed at the end, to
//    transferredOut when it is open at the end under a rep out of scope.
//  - A deal not in the start pipeline but owned in scope at the end, and open at some moment
//    of the span, enters at its end value: from transferredIn when it was open at the start
//    under a rep out of scope, otherwise to added (created in the span, or reopened after it
//    was closed). If it is closed at the end it also leaves at that value to won or lost, so
//    a deal created and won in the same week shows in both added and won.
//  - Every value uses one exchange-rate day; a deal whose amount cannot be converted at the
//    start or the end is left out entirely (its currency is listed in `unconverted`).
// Deals that are removed (tombstoned) are not part of the pipeline at either end.
struct Waterfall
{
    qint64 start = 0;
    qint64 added = 0;
    qint64 increases = 0;
    qint64 decreases = 0;
    qint64 lost = 0;
    qint64 won = 0;
    qint64 transferredIn = 0;
    qint64 transferredOut = 0;
    qint64 end = 0;
    int startDeals = 0;
    int addedDeals = 0;
    int lostDeals = 0;
    int wonDeals = 0;
    int endDeals = 0;
    QSet<QString> unconverted;

    qint64 computedEnd() const
    {
        return start + added + increases - decreases - lost - won + transferredIn - transferredOut;
    }
    bool balances() const { return computedEnd() == end; }

    // Adds a deal that is in the start pipeline or enters it during the span (the caller
    // decides which deals take part).
    void add(const WaterfallDeal& deal)
    {
        const std::optional<qint64> startValue = deal.inStart ? deal.startValue : deal.endValue;
        if (!deal.endValue || !startValue) {
            unconverted.insert(deal.endValue ? deal.startCurrency : deal.endCurrency);
            return;
        }
        if (deal.inStart) {
            start += *startValue;
            ++startDeals;
            const qint64 delta = *deal.endValue - *startValue;
            (delta > 0 ? increases : decreases) += delta > 0 ? delta : -delta;
        } else if (deal.openAtStart) {
            transferredIn += *deal.endValue;
        } else {
            added += *deal.endValue;
            ++addedDeals;
        }
        if (deal.inEnd) {
            end += *deal.endValue;
            ++endDeals;
        } else if (deal.closedAtEnd && deal.wonAtEnd) {
            won += *deal.endValue;
            ++wonDeals;
        } else if (deal.closedAtEnd) {
            lost += *deal.endValue;
            ++lostDeals;
        } else {
            transferredOut += *deal.endValue; // still open, under a rep out of scope
        }
    }
};
