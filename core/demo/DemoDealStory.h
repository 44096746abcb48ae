// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoDealHistory.h"

class DemoRandom;

// Plays one demo deal forward from its creation to "now", writing its events as a rep's
// edits would have: time in each stage, advances and regressions, slipped and re-forecast
// close dates, amount changes, forecast calls before quarter ends, the odd new owner, and
// finally the win or the loss with its reason. The deal row follows the events.
class DemoDealStory final
{
public:
    DemoDealStory(const DemoWorld& world, DemoRandom& random, DemoDeal& deal);

    // Starts in `stage` (an open stage index); winFactor > 1 loses less often.
    void play(int stage, double winFactor);

    // An amount in major units rounded as people quote it, in minor units of `currency`.
    static qint64 roundedMinor(double major, const QString& currency);

private:
    void event(qint64 at, DealEventField field, const QString& oldValue, const QString& newValue);
    void setCategory(qint64 at, ForecastCategory category);
    void setCloseDate(qint64 at, const QDate& date);
    void setAmount(qint64 at, qint64 minor);
    void moveTo(qint64 at, int stage);
    double amountMajor() const;
    void slipCloseDates(qint64 from, qint64 until);
    void quarterEndReviews(qint64 from, qint64 until, int stage);
    void changeOwner(qint64 at);
    void lose(qint64 at, int stage);
    void win(qint64 at);

    const DemoWorld& m_world;
    DemoRandom& m_random;
    DemoDeal& m_deal;
};
