// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/CurrencyConverter.h"
#include "core/domain/Owner.h"
#include "core/domain/Pipeline.h"

#include <QDateTime>
#include <QTimeZone>

// Small, hand-countable inputs shared by the chart metric tests: a pipeline of three open
// stages A (10 %), B (50 %), C (80 %) plus won and lost; a team of a manager and two reps;
// USD as base currency with EUR at 1.2 and no rate for GBP.
namespace ChartFixtures {

inline Stage stage(const QString& id, int order, int probability, StageKind kind = StageKind::Open)
{
    Stage s;
    s.id = id;
    s.pipelineId = QStringLiteral("p");
    s.name = id.toUpper();
    s.order = order;
    s.probability = probability;
    s.kind = kind;
    return s;
}

inline Pipeline pipeline()
{
    Pipeline p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("Pipeline");
    p.stages = {stage(QStringLiteral("a"), 0, 10),
                stage(QStringLiteral("b"), 1, 50),
                stage(QStringLiteral("c"), 2, 80),
                stage(QStringLiteral("won"), 3, 100, StageKind::Won),
                stage(QStringLiteral("lost"), 4, 0, StageKind::Lost)};
    return p;
}

inline Owner owner(const QString& id, const QString& name, OwnerRole role, const QString& manager = {})
{
    Owner o;
    o.id = id;
    o.name = name;
    o.role = role;
    o.managerId = manager;
    return o;
}

inline QList<Owner> team()
{
    return {owner(QStringLiteral("m"), QStringLiteral("Mia"), OwnerRole::Manager),
            owner(QStringLiteral("r1"), QStringLiteral("Ann"), OwnerRole::Rep, QStringLiteral("m")),
            owner(QStringLiteral("r2"), QStringLiteral("Bob"), OwnerRole::Rep, QStringLiteral("m"))};
}

inline CurrencyConverter usd()
{
    return CurrencyConverter(QStringLiteral("USD"),
                             {ExchangeRate{QStringLiteral("x"), QStringLiteral("EUR"), 1.2, QDate(2020, 1, 1)}},
                             QDate(2026, 6, 1));
}

inline qint64 ms(const QDate& day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

inline constexpr qint64 kDay = 86400000;

} // namespace ChartFixtures
