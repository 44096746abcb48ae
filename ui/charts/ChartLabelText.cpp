// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartLabelText.h"

#include "core/analytics/WinScenarios.h"
#include "core/domain/Deal.h"
#include "core/domain/Lead.h"
#include "core/domain/StrategySheet.h"

QString ChartLabelText::notRecorded()
{
    return tr("Not recorded");
}

QString ChartLabelText::value(const QString& key)
{
    if (key.isEmpty()) {
        return notRecorded();
    }
    if (key == WinScenarios::kOther) {
        return tr("Other");
    }
    if (key == WinScenarios::kNone) {
        return tr("None named");
    }
    return key;
}

QString ChartLabelText::source(const QString& key)
{
    return key.isEmpty() ? notRecorded() : leadSourceDisplayName(key);
}

QString ChartLabelText::lostReason(const QString& key)
{
    const LostReason reason = lostReasonFromKey(key);
    return reason == LostReason::None ? notRecorded() : lostReasonDisplayName(reason);
}

QString ChartLabelText::championRole(const QString& key)
{
    if (key.isEmpty() || key == WinScenarios::kNone || key == WinScenarios::kOther) {
        return key == WinScenarios::kNone ? tr("No champion") : value(key);
    }
    return stakeholderRoleDisplayName(stakeholderRoleFromKey(key));
}
