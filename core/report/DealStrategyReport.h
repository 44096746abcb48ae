// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include "core/domain/Deal.h"
#include "core/domain/StrategySheet.h"

class ReportNames;
struct ReportRequest;

// The deal strategy brief (DOMAIN.md §3): one deal's strategy sheet as the rep and the manager
// discuss it, with the buying centre drawn as on the whiteboard.
namespace DealStrategyReport {

ReportDocument build(const Deal& deal,
                     const QString& accountName,
                     const StrategySheet& sheet,
                     const ReportNames& names,
                     const ReportRequest& request);

} // namespace DealStrategyReport
