// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <functional>

// Writes a realistic, deterministic demo or benchmark workspace: the same options give
// the same rows, ids included (DOMAIN.md shapes the data: reps under managers, a year of
// stage history with advances, regressions, slips, wins and losses, interactions with
// objectives and outcomes, lead sources that convert differently).
struct DemoOptions
{
    int deals = 300;
    int reps = 8;
    int managers = 2;
    quint64 seed = 42;
    // "Today" of the generated history; the history runs over the year before it.
    QDate today;
    // Interactions and extra events per deal; defaults give ~10 of each per deal.
    int interactionsPerDeal = 10;
    QString baseCurrency = QStringLiteral("USD");
};

struct DemoResult
{
    qint64 deals = 0;
    qint64 interactions = 0;
    qint64 dealEvents = 0;
    qint64 accounts = 0;
    qint64 contacts = 0;
    qint64 leads = 0;
    qint64 owners = 0;
    qint64 exchangeRates = 0;
    bool cancelled = false; // the progress callback said stop; no file was left behind
};

namespace DemoGenerator {

// Creates `path` (which must not exist) and fills it. Throws StorageError (InvalidInput for
// bad options or an existing file). The progress callback receives the share done (0..1)
// and may return false to cancel, in which case the partly written file is removed and the
// result says `cancelled`. Options need a valid `today`, deals >= 0, reps >= 1,
// managers >= 0, interactionsPerDeal >= 0 and a three-letter base currency.
DemoResult generate(const QString& path, const DemoOptions& options, const std::function<bool(double)>& progress = {});

} // namespace DemoGenerator
