// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pipeline.h"

// The default pipeline of DOMAIN.md §1, seeded into every new workspace with fixed,
// well-known ids so that files of different reps share them and merge cleanly.
namespace DefaultPipeline {

inline constexpr auto pipelineId = "6a1d0b2e-0000-4000-8000-000000000001";

// Stage ids in pipeline order: Lead ... Negotiation, Won, Lost.
QStringList stageIds();
// The seeded pipeline (English names as stored in the file).
Pipeline make();
// Stage and pipeline names are stored in English; a name still equal to its seed is
// shown translated, a name the user changed is shown as written.
QString displayName(const QString& id, const QString& storedName);

} // namespace DefaultPipeline
