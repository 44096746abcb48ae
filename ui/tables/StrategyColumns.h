// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Contact.h"
#include "core/domain/StrategySheet.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

#include <memory>

// The columns of the strategy sheet's tables (DOMAIN.md §3).
class StrategyColumns final
{
    Q_DECLARE_TR_FUNCTIONS(StrategyColumns)
public:
    StrategyColumns() = delete;

    // `contacts` is the deal's account's people, read when a stakeholder is linked to one
    // (the link fills the name, title and level that are still empty).
    static QList<RowColumn<Stakeholder>> stakeholders(std::shared_ptr<const QList<Contact>> contacts);
    static QList<RowColumn<OpenItem>> openItems();
    static QList<RowColumn<Competitor>> competitors();
    static QList<RowColumn<Promise>> promises();
    static QList<RowColumn<PlanAction>> actions();

    static QList<CellChoice> orgLevelChoices();
};
