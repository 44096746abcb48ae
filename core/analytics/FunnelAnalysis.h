// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FunnelReport.h"

#include "core/domain/DealTimeline.h"

#include <QList>

class Database;

// Builds the funnel table (销售漏斗表, DOMAIN.md §4) from deal history. Reads only; runs on any
// connection, so a worker thread can use its own.
namespace FunnelAnalysis {

FunnelReport run(Database& database, const FunnelOptions& options);
// The same on history already read: `timelines` must be DealHistoryQuery::timelines(database,
// options.period.start, options.period.end), so that a caller that also needs what changed
// (the weekly review report) reads the history once.
FunnelReport run(Database& database, const FunnelOptions& options, const QList<DealTimeline>& timelines);

} // namespace FunnelAnalysis
