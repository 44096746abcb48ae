// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Why a deal needs the manager (DOMAIN.md §4, "which deals need me").
enum class AttentionReason
{
    Stalled,
    Regressed,
    SlippedCloseDate,  // the close date moved later during the period
    CloseDateInPast,   // still open after its expected close date
    BigDealNoChampion, // a big deal whose strategy sheet names no champion (or that has no sheet)
};

QString attentionReasonDisplayName(AttentionReason reason);

struct AttentionItem
{
    QString dealId;
    QString dealName;
    QString accountName;
    QString ownerId;
    std::optional<qint64> amountBase;
    QDate closeDate;
    int daysInStage = -1;
    QList<AttentionReason> reasons;
};
