// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// A kind of change the weekly review lists ("what changed since last week").
enum class ChangeKind
{
    New,
    Reopened,
    Advanced,
    Regressed,
    Won,
    Lost,
    AmountUp,
    AmountDown,
    ClosePushed, // close date moved later
    ClosePulled, // close date moved earlier
    OwnerChanged,
};

QString changeKindDisplayName(ChangeKind kind);

// One net change of one deal over the span (a deal may have several rows of different kinds).
struct DealChangeRow
{
    ChangeKind kind = ChangeKind::New;
    QString dealId;
    QString dealName;
    QString accountName;
    QString ownerId; // at the end of the span
    QDateTime at;    // the last event of this kind in the span
    QString fromStageId;
    QString toStageId;
    Money fromAmount;
    Money toAmount;
    std::optional<qint64> deltaBase; // amount rows: change in base currency
    QDate fromDate;
    QDate toDate;
    QString fromOwnerId;
    QString toOwnerId;
};

// Strings, dates and numbers only: a growing list of rows moves them as bytes.
Q_DECLARE_TYPEINFO(DealChangeRow, Q_RELOCATABLE_TYPE);
