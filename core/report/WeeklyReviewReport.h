// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportRange.h"

#include <QStringList>

class ReportNames;
class Workspace;
struct ReportRequest;

// The weekly pipeline review (DOMAIN.md §4, §8): forecast against quota, the funnel and its
// shape, the pipeline waterfall, what changed in the week and the deals that need the manager.
namespace WeeklyReviewReport {

// `ownerIds`: the reps in scope (empty: the whole team). Throws StorageError.
ReportDocument build(Workspace& workspace,
                     const ReportNames& names,
                     const ReportRequest& request,
                     const ReportRange& range,
                     const QStringList& ownerIds);

} // namespace WeeklyReviewReport
