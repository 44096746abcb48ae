// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The account plan (客户经营计划表, DOMAIN.md §5): how a strategic account is grown over years.

enum class WhitespaceState
{
    NotAssessed,
    Using,
    Opportunity,
    NotAFit,
};

struct AccountDepartment
{
    QString id;
    QString name;

    friend bool operator==(const AccountDepartment&, const AccountDepartment&) = default;
};

// A cell of the departments x products grid; cells not listed are not assessed.
struct WhitespaceCell
{
    QString id;
    QString departmentId;
    QString productId;
    WhitespaceState state = WhitespaceState::Opportunity;

    friend bool operator==(const WhitespaceCell&, const WhitespaceCell&) = default;
};

struct RevenueTarget
{
    QString id;
    int year = 0;
    qint64 targetMinor = 0;
    QString currency;

    friend bool operator==(const RevenueTarget&, const RevenueTarget&) = default;
};

struct JointAction
{
    QString id;
    QString text;
    QString ourOwner;
    QString theirOwner;
    QDate due;
    bool done = false;

    friend bool operator==(const JointAction&, const JointAction&) = default;
};

// Who on our side holds the relationship with a contact of the account.
struct Relationship
{
    QString id;
    QString contactId;
    QString ourPerson;
    std::optional<int> strength; // 1-5
    QString note;

    friend bool operator==(const Relationship&, const Relationship&) = default;
};

struct AccountPlan
{
    QString id;
    QString accountId;
    bool strategic = false;
    QString customerStrategy; // the customer's own strategy and goals for the next years
    QString goals;            // our goals in the account
    std::optional<int> seats;
    QList<AccountDepartment> departments;
    QList<WhitespaceCell> whitespace;
    QList<RevenueTarget> revenueTargets;
    QList<JointAction> jointActions;
    QList<Relationship> relationships;
    QDateTime createdAt;
    QDateTime updatedAt;

    WhitespaceState cell(const QString& departmentId, const QString& productId) const;
    // Sets a cell, adding or (for NotAssessed) dropping its row; a new row gets `newId`.
    void setCell(const QString& departmentId, const QString& productId, WhitespaceState state, const QString& newId);
    bool sameContent(const AccountPlan& other) const;
    friend bool operator==(const AccountPlan&, const AccountPlan&) = default;
};

QString whitespaceStateKey(WhitespaceState state);
WhitespaceState whitespaceStateFromKey(const QString& key);
QString whitespaceStateDisplayName(WhitespaceState state);
QList<WhitespaceState> allWhitespaceStates();
