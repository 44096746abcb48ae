// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

class Database;

// The reads behind live V2MOM measures (core/analytics/MeasureEvaluator): raw rows of the
// given owners in a span, non-deleted only. Spans of time are half-open [from, to) in UTC;
// amounts come in their own currency (conversion is the caller's). Read-only.
namespace GoalMeasureQuery {

struct WonDeal
{
    QString dealId;
    Money amount;
    QDateTime createdAt;
    QDateTime wonAt;
};

struct CreatedDeal
{
    Money amount;
    QDateTime createdAt;
};

struct ReceivedPayment
{
    Money amount;
    QDate receivedOn;
};

// Deals won in the span and still won (won_at is cleared when a deal leaves its won stage).
QList<WonDeal>
wonDeals(const Database& database, const QStringList& ownerIds, const QDateTime& from, const QDateTime& to);
// The same for every owner (the demo generator's collections).
QList<WonDeal> wonDealsOfAll(const Database& database, const QDateTime& from, const QDateTime& to);
// Number of deals lost in the span and still lost.
int lostDeals(const Database& database, const QStringList& ownerIds, const QDateTime& from, const QDateTime& to);
// Deals created in the span; with a non-empty segment or industry, only deals at accounts
// whose segment / industry equals it (case-insensitively).
QList<CreatedDeal> createdDeals(const Database& database,
                                const QStringList& ownerIds,
                                const QDateTime& from,
                                const QDateTime& to,
                                const QString& segment = {},
                                const QString& industry = {});
// Payments received on the local days first..last (both included) on deals of the owners.
QList<ReceivedPayment>
receivedPayments(const Database& database, const QStringList& ownerIds, const QDate& first, const QDate& last);
// Interactions of the owners that took place in the span (appointment done) and were planned
// with an action objective (best or minimum).
int interactionsWithObjective(const Database& database,
                              const QStringList& ownerIds,
                              const QDateTime& from,
                              const QDateTime& to);
// Accounts owned by the owners whose account plan, written before `before`, marks them
// strategic.
int strategicAccountsWithPlan(const Database& database, const QStringList& ownerIds, const QDateTime& before);

} // namespace GoalMeasureQuery
