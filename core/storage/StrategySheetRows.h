// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSet.h"

#include "core/domain/StrategySheet.h"

// The row codecs of a strategy sheet: which columns each part is stored in and how a
// domain value becomes those columns and back (tables of 0002_rep_tables.sql).
namespace StrategySheetRows {

const RowTable& sheetTable();
const RowTable& stakeholderTable();
const RowTable& openItemTable();
const RowTable& competitorTable();
const RowTable& promiseTable();
const RowTable& actionTable();

RowValues encode(const StrategySheet& sheet);
// The header fields of `row`; the lists stay empty.
StrategySheet decodeSheet(const RowValues& row);

RowValues encode(const QString& sheetId, const Stakeholder& stakeholder);
RowValues encode(const QString& sheetId, const OpenItem& item);
RowValues encode(const QString& sheetId, const Competitor& competitor);
RowValues encode(const QString& sheetId, const Promise& promise);
RowValues encode(const QString& sheetId, const PlanAction& action);
Stakeholder decodeStakeholder(const RowValues& row);
OpenItem decodeOpenItem(const RowValues& row);
Competitor decodeCompetitor(const RowValues& row);
Promise decodePromise(const RowValues& row);
PlanAction decodeAction(const RowValues& row);

} // namespace StrategySheetRows
