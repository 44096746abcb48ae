// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportKind.h"
#include "ReportRange.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

// What to report on: the same request comes from the export dialog and the command line.
struct ReportRequest
{
    ReportKind kind = ReportKind::WeeklyReview;
    // None: the kind's default around `now` (this ISO week for the weekly review, this
    // quarter for the scorecard, the fiscal year for the V2MOM).
    std::optional<ReportRange> range;
    QString owner; // id or name (case-insensitive); weekly: the manager whose team to show
    QString deal;  // id or name; the strategy brief needs one
    QDateTime now;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QLocale locale;
    int fiscalYearStartMonth = 1;
};
