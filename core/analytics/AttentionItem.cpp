// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionItem.h"

#include <QCoreApplication>

QString attentionReasonDisplayName(AttentionReason reason)
{
    switch (reason) {
    case AttentionReason::Stalled:
        return QCoreApplication::translate("AttentionReason", "Stalled");
    case AttentionReason::Regressed:
        return QCoreApplication::translate("AttentionReason", "Moved back");
    case AttentionReason::SlippedCloseDate:
        return QCoreApplication::translate("AttentionReason", "Close date slipped");
    case AttentionReason::CloseDateInPast:
        return QCoreApplication::translate("AttentionReason", "Close date passed");
    case AttentionReason::BigDealNoChampion:
        return QCoreApplication::translate("AttentionReason", "Big deal without a champion");
    }
    return {};
}
