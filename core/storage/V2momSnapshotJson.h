// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/V2momSnapshot.h"

#include <QString>

// The stored form of a snapshot's content (v2mom_snapshots.content): one JSON object with the
// sheet and the measure values. Versioned, so a later program can still read old snapshots.
namespace V2momSnapshotJson {

QString write(const V2momSheet& sheet, const QHash<QString, double>& measureValues);
// Fills `snapshot.sheet` and `snapshot.measureValues`; false when `json` cannot be read.
bool read(const QString& json, V2momSnapshot& snapshot);

} // namespace V2momSnapshotJson
