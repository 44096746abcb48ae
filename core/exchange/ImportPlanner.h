// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvDocument.h"
#include "ImportMapping.h"
#include "ImportPlan.h"
#include "ImportProgress.h"

#include <QDateTime>

// Turns the rows of a file into an ImportPlan: parses the values, links accounts, owners
// and contacts by name or plans them as new, matches deals by external id (then by name and
// account) for updates, maps stage names and builds each new deal's history. Pure: nothing
// is written.
namespace ImportPlanner {

ImportPlan plan(const CsvDocument& file,
                const ImportMapping& mapping,
                const ImportLookup& lookup,
                const QDateTime& now,
                const CsvDocument* stageHistory = nullptr,
                const ImportProgress* progress = nullptr); // may throw ImportProgress::Cancelled

// Stage names in the file that match no stage of the pipeline (case-insensitively) and do
// not read as won or lost: the preview asks what to do with them.
QStringList unknownStages(const CsvDocument& file, const ImportMapping& mapping, const Pipeline& pipeline);

} // namespace ImportPlanner
