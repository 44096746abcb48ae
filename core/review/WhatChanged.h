// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DealChangeRow.h"
#include "Waterfall.h"

#include "core/analytics/ReportPeriod.h"
#include "core/domain/DealTimeline.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

class CurrencyConverter;
class Database;
struct DealHistory;
class StageIndex;

struct WhatChangedOptions
{
    QDateTime since; // a snapshot's time, or the start of a chosen day
    QDateTime now;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QStringList ownerIds; // empty: the whole team
};

struct WhatChangedReport
{
    ReportPeriod span; // [since, now)
    QString baseCurrency;
    QList<DealChangeRow> rows; // by time, newest first
    Waterfall waterfall;
};

// "What changed since <snapshot or date>" (DOMAIN.md §8): net changes per deal and the
// pipeline waterfall, from deal history. Reads only.
namespace WhatChanged {

WhatChangedReport run(Database& database, const WhatChangedOptions& options);
// The same on history already read from `options.since` for deals created before some moment
// at or after `options.now` (the funnel table's DealHistoryQuery::timelines of a period that
// starts at `since`): the deals created from `now` on are left out here.
WhatChangedReport run(Database& database, const WhatChangedOptions& options, const QList<DealTimeline>& history);
// The computation itself, on timelines loaded from `span.start`.
WhatChangedReport compute(const QList<DealTimeline>& timelines,
                          const ReportPeriod& span,
                          const StageIndex& stages,
                          const CurrencyConverter& converter,
                          const QStringList& ownerIds);
// The same on the changed deals and the quiet ones (DealHistoryQuery::changes from `span.start`).
WhatChangedReport compute(const DealHistory& history,
                          const ReportPeriod& span,
                          const StageIndex& stages,
                          const CurrencyConverter& converter,
                          const QStringList& ownerIds);
// Only the waterfall of compute() (the flow waterfall chart), without building the rows.
Waterfall waterfall(const QList<DealTimeline>& timelines,
                    const ReportPeriod& span,
                    const StageIndex& stages,
                    const CurrencyConverter& converter,
                    const QStringList& ownerIds);
Waterfall waterfall(const DealHistory& history,
                    const ReportPeriod& span,
                    const StageIndex& stages,
                    const CurrencyConverter& converter,
                    const QStringList& ownerIds);

} // namespace WhatChanged
