// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ForecastCategory.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// What the demo generator knows while it writes: the team, the customers, the pipeline
// and the calendar. Times are milliseconds since the epoch (UTC), the cheap form for
// millions of rows; all of them derive from DemoOptions::today, never from the wall clock.
struct DemoWorld
{
    static constexpr qint64 hour = 3600000;
    static constexpr qint64 day = 24 * hour;
    // Stage indexes of the default pipeline.
    static constexpr int openStages = 6;
    static constexpr int wonStage = 6;
    static constexpr int lostStage = 7;

    struct Rep
    {
        QString id;
        QString managerId;
        int team = 0;
        double winFactor = 1.0;     // > 1 wins more often
        double planningRate = 0.85; // share of interactions planned with an objective
        double reviewRate = 0.85;   // share of done interactions reviewed
        double skill = 3.5;         // centre of the coach's 1-5 ratings
    };

    struct Person
    {
        QString id;
        QString name;
        int level = 0; // 0 executive, 1 senior, 2 middle, 3 staff
    };

    struct Customer
    {
        QString id;
        QString name;
        int size = 0;   // 0 SMB, 1 mid-market, 2 enterprise
        int region = 0; // index into the generator's regions; 1 is EMEA
        int repIndex = 0;
        std::vector<Person> contacts;
    };

    struct Currency
    {
        QString code;
        double basePerUnit = 1.0; // units of the base currency per unit of this one
    };

    qint64 now = 0;          // "today" at noon UTC
    qint64 historyStart = 0; // one year before now
    QDate today;
    QString pipelineId;
    QStringList stageIds; // Lead ... Negotiation, Won, Lost
    QList<ForecastCategory> stageCategories;
    QString baseCurrency;
    double basePerUsd = 1.0;
    QList<Currency> foreignCurrencies; // the euro and the pound, unless one is the base
    std::vector<Rep> reps;
    std::vector<Customer> accounts;

    static QDateTime toDateTime(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); }
    static QDate toDate(qint64 msecs) { return toDateTime(msecs).date(); }
    static qint64 fromDate(const QDate& date, int hourOfDay = 12)
    {
        return QDateTime(date, QTime(hourOfDay, 0), Qt::UTC).toMSecsSinceEpoch();
    }
};
