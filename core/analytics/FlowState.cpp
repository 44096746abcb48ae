// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowState.h"

#include <QCoreApplication>

QString flowStateKey(FlowState state)
{
    switch (state) {
    case FlowState::New:
        return QStringLiteral("new");
    case FlowState::Advanced:
        return QStringLiteral("advanced");
    case FlowState::Regressed:
        return QStringLiteral("regressed");
    case FlowState::Stalled:
        return QStringLiteral("stalled");
    case FlowState::Lost:
        return QStringLiteral("lost");
    case FlowState::Won:
        return QStringLiteral("won");
    case FlowState::Steady:
        return QStringLiteral("steady");
    }
    return {};
}

QString flowStateDisplayName(FlowState state)
{
    switch (state) {
    case FlowState::New:
        return QCoreApplication::translate("FlowState", "New");
    case FlowState::Advanced:
        return QCoreApplication::translate("FlowState", "Advanced");
    case FlowState::Regressed:
        return QCoreApplication::translate("FlowState", "Regressed");
    case FlowState::Stalled:
        return QCoreApplication::translate("FlowState", "Stalled");
    case FlowState::Lost:
        return QCoreApplication::translate("FlowState", "Lost");
    case FlowState::Won:
        return QCoreApplication::translate("FlowState", "Won");
    case FlowState::Steady:
        return QCoreApplication::translate("FlowState", "Steady");
    }
    return {};
}

QString flowStateDescription(FlowState state)
{
    switch (state) {
    case FlowState::New:
        return QCoreApplication::translate("FlowState", "Created in the period, or reopened after it was closed");
    case FlowState::Advanced:
        return QCoreApplication::translate("FlowState", "At a later stage than at the start of the period");
    case FlowState::Regressed:
        return QCoreApplication::translate("FlowState", "At an earlier stage than at the start of the period");
    case FlowState::Stalled:
        return QCoreApplication::translate(
            "FlowState", "No stage change and no interaction for longer than the stage's rotting threshold");
    case FlowState::Lost:
        return QCoreApplication::translate("FlowState", "Closed lost in the period");
    case FlowState::Won:
        return QCoreApplication::translate("FlowState", "Closed won in the period");
    case FlowState::Steady:
        return QCoreApplication::translate("FlowState", "None of the above");
    }
    return {};
}
