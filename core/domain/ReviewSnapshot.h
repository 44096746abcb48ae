// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ForecastCategory.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// "Start review" freezes the pipeline (DOMAIN.md §4, §8): every open deal as it was, and the
// forecast for the quota period per rep and for the team.
struct ReviewSnapshot
{
    QString id;
    QDateTime takenAt;
    QString title;
    QString baseCurrency;
    QString periodKind; // "month" or "quarter"
    QDate periodStart;  // local days, end exclusive
    QDate periodEnd;
};

struct SnapshotDeal
{
    QString dealId;
    QString ownerId;
    QString stageId;
    Money amount;
    std::optional<qint64> baseAmount;
    QDate closeDate;
    ForecastCategory forecastCategory = ForecastCategory::Pipeline;
    int probability = 0;
    QDateTime stageEnteredAt;
};

// Base-currency minor units; ownerId empty for the team.
struct SnapshotForecast
{
    QString ownerId;
    qint64 closed = 0;
    qint64 commit = 0;
    qint64 bestCase = 0;
    qint64 weighted = 0;
    qint64 pipeline = 0;
    std::optional<qint64> quota;

    qint64 forecast() const { return closed + commit; }
};

// The manager's comment and the agreed next step on a deal, kept with a review's snapshot.
struct ReviewNote
{
    QString id;
    QString snapshotId;
    QString dealId;
    QString comment;
    QString nextStep;
    QDate nextStepDate;

    bool isEmpty() const { return comment.isEmpty() && nextStep.isEmpty() && !nextStepDate.isValid(); }
    friend bool operator==(const ReviewNote&, const ReviewNote&) = default;
};

// A rep's quota for a month or a quarter.
struct Quota
{
    QString id;
    QString ownerId;
    QString periodKind; // "month" or "quarter"
    QDate periodStart;
    Money amount;
};
