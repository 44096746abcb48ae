// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSet.h"

#include "core/domain/V2mom.h"

// The row codecs of a V2MOM sheet: which columns each part is stored in and how a domain
// value becomes those columns and back (tables of 0005_goals.sql).
namespace V2momRows {

const RowTable& sheetTable(); // parent column: owner_id
const RowTable& valueTable();
const RowTable& methodTable();
const RowTable& obstacleTable();
const RowTable& measureTable();
const RowTable& entryTable(); // parent column: measure_id

RowValues encode(const V2momSheet& sheet);
// The header fields of `row`; the lists stay empty.
V2momSheet decodeSheet(const RowValues& row);

RowValues encode(const QString& sheetId, const V2momValue& value);
RowValues encode(const QString& sheetId, const V2momMethod& method);
RowValues encode(const QString& sheetId, const V2momObstacle& obstacle);
RowValues encode(const QString& sheetId, const V2momMeasure& measure);
RowValues encode(const QString& measureId, const MeasureEntry& entry);
V2momValue decodeValue(const RowValues& row);
V2momMethod decodeMethod(const RowValues& row);
V2momObstacle decodeObstacle(const RowValues& row);
V2momMeasure decodeMeasure(const RowValues& row); // without entries
MeasureEntry decodeEntry(const RowValues& row);

} // namespace V2momRows
