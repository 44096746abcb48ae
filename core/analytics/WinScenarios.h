// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFilter.h"

#include "core/storage/OutcomeQuery.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>

class CurrencyConverter;

// Where a team really wins (DOMAIN.md §7 "win scenarios"): the won deals of the period spread
// over what their account and strategy sheet say.
enum class ScenarioDimension
{
    Segment,
    Industry,
    Size,
    Problem,
    Trigger,
    CompetitorBeaten,
    ChampionRole,
};

inline constexpr int kScenarioDimensions = 7;

struct ScenarioShare
{
    QString key; // a value, or one of the WinScenarios::k* keys
    int deals = 0;
    qint64 amountMinor = 0;
    double share = 0; // of the won deals; multi-valued dimensions may sum above 1
};

struct WinScenarioResult
{
    QString baseCurrency;
    int wonDeals = 0;
    qint64 wonAmountMinor = 0;
    int withSheet = 0; // won deals with a strategy sheet
    std::array<QList<ScenarioShare>, kScenarioDimensions> dimensions;
    QSet<QString> unconverted;

    bool isEmpty() const { return wonDeals == 0; }
    const QList<ScenarioShare>& of(ScenarioDimension d) const { return dimensions[std::size_t(d)]; }
};

namespace WinScenarios {

// Keys that are not values: nothing recorded (no sheet, empty field), the tail beyond the top
// values, a sheet that names no competitor or no champion.
inline const QString kNotRecorded;
inline const QString kOther = QStringLiteral("*other");
inline const QString kNone = QStringLiteral("*none");

QList<ScenarioDimension> dimensions();
QString dimensionName(ScenarioDimension dimension);
// Free-text values (problem, trigger) are grouped ignoring case and surrounding spaces; each
// dimension keeps its `top` largest values and folds the rest into kOther.
WinScenarioResult compute(const QList<ClosedDealRow>& closed,
                          const QHash<QString, WonSheetFacts>& sheets,
                          const ChartFilter& filter,
                          const CurrencyConverter& converter,
                          int top = 8);

} // namespace WinScenarios
