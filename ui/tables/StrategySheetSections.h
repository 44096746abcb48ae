// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/StrategySheet.h"

#include <QCoreApplication>

#include <functional>

template <typename Doc>
class FormBinding;
class QGroupBox;

// The form parts of a strategy sheet (DOMAIN.md §3), each a group box bound to the sheet.
class StrategySheetSections final
{
    Q_DECLARE_TR_FUNCTIONS(StrategySheetSections)
public:
    using Binding = FormBinding<StrategySheet>;

    StrategySheetSections() = delete;

    static QGroupBox* objective(Binding& binding);
    static QGroupBox* customerInterest(Binding& binding);
    static QGroupBox* qualification(Binding& binding);
    // `today` dates a milestone ticked as reached.
    static QGroupBox* milestones(Binding& binding, std::function<QDate()> today);
    static QGroupBox* economics(Binding& binding);
    static QGroupBox* assessment(Binding& binding);
};
