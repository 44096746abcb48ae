// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportRange.h"

#include "core/domain/Owner.h"

class ReportNames;
class Workspace;
struct ReportRequest;

// One rep's scorecard (DOMAIN.md §2, §6, §7): the levers of the performance formula against
// the team, the behaviour table's aggregates and the measures of the rep's V2MOM.
namespace RepScorecardReport {

// Throws StorageError.
ReportDocument build(Workspace& workspace,
                     const ReportNames& names,
                     const ReportRequest& request,
                     const ReportRange& range,
                     const Owner& rep);

} // namespace RepScorecardReport
