// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// What a V2MOM measure reads from the live pipeline (DOMAIN.md §6), so that its progress
// updates by itself. Keys are the storage text of v2mom_measures.binding (0005_goals.sql).
enum class MeasureBindingKind
{
    None,                      // entered by hand
    ClosedWonAmount,           // money of deals won in the period
    CollectionsReceived,       // money received on collections in the period (回款)
    NewPipelineCreated,        // money of deals created in the period
    WonDeals,                  // number of deals won in the period
    WinRate,                   // won ÷ (won + lost) of deals closed in the period, in %
    AverageCycleDays,          // days from creation to win, averaged over deals won in the period
    InteractionsWithObjective, // interactions held in the period with an action objective
    DealsCreatedInSegment,     // deals created in the period at accounts of a segment/industry
    StrategicAccountsWithPlan, // owned accounts marked strategic in an account plan, at the period end
};

enum class MeasureScope
{
    Person, // the sheet's owner
    Team,   // the owner and everyone who reports to them, directly or not
};

struct MeasureBinding
{
    MeasureBindingKind kind = MeasureBindingKind::None;
    MeasureScope scope = MeasureScope::Person;
    // DealsCreatedInSegment: an account must match every non-empty one of these
    QString segment;
    QString industry;

    bool isBound() const { return kind != MeasureBindingKind::None; }
    // Money in the workspace's base currency (the value is in major units).
    bool isMoney() const;
    // Adds up over the period, so progress can be judged against the calendar; the others
    // are levels (a rate, an average, a count at the end) compared with the target directly.
    bool isCumulative() const;
    bool lowerIsBetter() const { return kind == MeasureBindingKind::AverageCycleDays; }
    // The binding's parameters as a JSON object; empty when there are none.
    QString paramsJson() const;
    void setParamsJson(const QString& json);

    friend bool operator==(const MeasureBinding&, const MeasureBinding&) = default;
};

QString measureBindingKey(MeasureBindingKind kind);
MeasureBindingKind measureBindingFromKey(const QString& key);
QString measureBindingDisplayName(MeasureBindingKind kind);
QList<MeasureBindingKind> allMeasureBindings(); // None first
QString measureScopeKey(MeasureScope scope);
MeasureScope measureScopeFromKey(const QString& key);
QString measureScopeDisplayName(MeasureScope scope);
// A unit to suggest for a new measure with this binding ("%" for the win rate ...); money
// measures use the base currency code, which the caller knows.
QString measureBindingDefaultUnit(MeasureBindingKind kind);
