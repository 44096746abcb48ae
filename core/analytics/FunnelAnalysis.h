// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FunnelReport.h"

class Database;

// Builds the funnel table (销售漏斗表, DOMAIN.md §4) from deal history. Reads only; runs on any
// connection, so a worker thread can use its own.
namespace FunnelAnalysis {

FunnelReport run(Database& database, const FunnelOptions& options);

} // namespace FunnelAnalysis
