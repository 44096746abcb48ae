// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"

#include <QDateTime>
#include <QTimeZone>

class Database;

// Reads what one chart needs through the core/storage queries and computes its metric. Reads
// only, on whatever connection it is given: the Charts area calls it on a worker thread with
// the worker's own connection, the benchmarks and reports call it directly.
namespace ChartDataLoader {

// Throws StorageError when the file cannot be read. An unknown or empty pipeline id means the
// first pipeline.
ChartData load(Database& database,
               ChartKind kind,
               const ChartFilter& filter,
               const QDateTime& now,
               const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace ChartDataLoader
