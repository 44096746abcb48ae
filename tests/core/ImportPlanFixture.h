// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ImportPlan.h"

#include <QDateTime>

// `count` new open deals "Deal 0", "Deal 1"... of 1.00 USD in the first stage of the lookup's
// pipeline, created at `now`, each with its "created" event when `withCreatedEvents`: the
// smallest plan a bulk import writes.
ImportPlan plainImportPlan(const ImportLookup& lookup, const QDateTime& now, int count, bool withCreatedEvents);
