// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealChangeRow.h"

#include <QCoreApplication>

QString changeKindDisplayName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::New:
        return QCoreApplication::translate("ChangeKind", "New deal");
    case ChangeKind::Reopened:
        return QCoreApplication::translate("ChangeKind", "Reopened");
    case ChangeKind::Advanced:
        return QCoreApplication::translate("ChangeKind", "Advanced");
    case ChangeKind::Regressed:
        return QCoreApplication::translate("ChangeKind", "Moved back");
    case ChangeKind::Won:
        return QCoreApplication::translate("ChangeKind", "Won");
    case ChangeKind::Lost:
        return QCoreApplication::translate("ChangeKind", "Lost");
    case ChangeKind::AmountUp:
        return QCoreApplication::translate("ChangeKind", "Amount up");
    case ChangeKind::AmountDown:
        return QCoreApplication::translate("ChangeKind", "Amount down");
    case ChangeKind::ClosePushed:
        return QCoreApplication::translate("ChangeKind", "Close date pushed");
    case ChangeKind::ClosePulled:
        return QCoreApplication::translate("ChangeKind", "Close date pulled in");
    case ChangeKind::OwnerChanged:
        return QCoreApplication::translate("ChangeKind", "Owner changed");
    }
    return {};
}
