// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportMapping.h"

#include <QStringList>

// Column mappings for the exports of other CRMs (../shared/data/real/README.md lists their
// headers) and a generic one that knows common column names.
namespace ImportPresets {

QStringList keys(); // salesforce, salesforce-report, hubspot, pipedrive, generic
QString displayName(const QString& key);
bool isKnown(const QString& key);
// The preset whose export this header looks like; "generic" when none does.
QString detect(const QStringList& header);
// The mapping of `header` under a preset: its own column names first, then the generic ones
// for columns it left unmapped, with the value conventions of that export.
ImportMapping mapping(const QString& preset, const QStringList& header);
// A Salesforce OpportunityHistory.csv (one row per stage change).
bool isStageHistory(const QStringList& header);

} // namespace ImportPresets
