// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momRows.h"

#include "core/util/Timestamp.h"

using namespace RowSet;

namespace {
QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names) {
        list.append(QString::fromLatin1(name));
    }
    return list;
}

RowValues row(const QString& parentId, const QString& id, QVariantList values)
{
    RowValues result;
    result.parentId = parentId;
    result.id = id;
    result.values = std::move(values);
    return result;
}
} // namespace

namespace V2momRows {

const RowTable& sheetTable()
{
    static const RowTable table{QStringLiteral("v2mom_sheets"),
                                QStringLiteral("owner_id"),
                                columns({"fiscal_year", "start_month", "vision"}),
                                false};
    return table;
}

const RowTable& valueTable()
{
    static const RowTable table{QStringLiteral("v2mom_values"), QStringLiteral("sheet_id"), columns({"text"})};
    return table;
}

const RowTable& methodTable()
{
    static const RowTable table{QStringLiteral("v2mom_methods"),
                                QStringLiteral("sheet_id"),
                                columns({"title", "description", "parent_method_id"})};
    return table;
}

const RowTable& obstacleTable()
{
    static const RowTable table{
        QStringLiteral("v2mom_obstacles"), QStringLiteral("sheet_id"), columns({"text", "method_id"})};
    return table;
}

const RowTable& measureTable()
{
    static const RowTable table{QStringLiteral("v2mom_measures"),
                                QStringLiteral("sheet_id"),
                                columns({"name",
                                         "target",
                                         "unit",
                                         "start_date",
                                         "due_date",
                                         "binding",
                                         "binding_params",
                                         "scope",
                                         "manual_mode",
                                         "method_id"})};
    return table;
}

const RowTable& entryTable()
{
    static const RowTable table{QStringLiteral("v2mom_measure_entries"),
                                QStringLiteral("measure_id"),
                                columns({"entry_date", "value", "note"})};
    return table;
}

RowValues encode(const V2momSheet& sheet)
{
    return row(sheet.ownerId,
               sheet.id,
               {QVariant(sheet.fiscalYear.year), QVariant(sheet.fiscalYear.startMonth), text(sheet.vision)});
}

V2momSheet decodeSheet(const RowValues& row)
{
    V2momSheet sheet;
    sheet.id = row.id;
    sheet.ownerId = row.parentId;
    sheet.fiscalYear = FiscalYear{row.values.value(0).toInt(), row.values.value(1).toInt()};
    sheet.vision = row.values.value(2).toString();
    sheet.createdAt = Timestamp::fromStorage(row.createdAt);
    sheet.updatedAt = Timestamp::fromStorage(row.updatedAt);
    return sheet;
}

RowValues encode(const QString& sheetId, const V2momValue& value)
{
    return row(sheetId, value.id, {text(value.text)});
}

RowValues encode(const QString& sheetId, const V2momMethod& method)
{
    return row(sheetId, method.id, {text(method.title), text(method.description), nullableText(method.parentMethodId)});
}

RowValues encode(const QString& sheetId, const V2momObstacle& obstacle)
{
    return row(sheetId, obstacle.id, {text(obstacle.text), nullableText(obstacle.methodId)});
}

RowValues encode(const QString& sheetId, const V2momMeasure& measure)
{
    return row(sheetId,
               measure.id,
               {text(measure.name),
                QVariant(measure.target),
                text(measure.unit),
                date(measure.startDate),
                date(measure.dueDate),
                text(measureBindingKey(measure.binding.kind)),
                text(measure.binding.paramsJson()),
                text(measureScopeKey(measure.binding.scope)),
                text(manualModeKey(measure.manualMode)),
                nullableText(measure.methodId)});
}

RowValues encode(const QString& measureId, const MeasureEntry& entry)
{
    return row(measureId, entry.id, {date(entry.date), QVariant(entry.value), text(entry.note)});
}

V2momValue decodeValue(const RowValues& row)
{
    return V2momValue{row.id, row.values.value(0).toString()};
}

V2momMethod decodeMethod(const RowValues& row)
{
    return V2momMethod{
        row.id, row.values.value(0).toString(), row.values.value(1).toString(), row.values.value(2).toString()};
}

V2momObstacle decodeObstacle(const RowValues& row)
{
    return V2momObstacle{row.id, row.values.value(0).toString(), row.values.value(1).toString()};
}

V2momMeasure decodeMeasure(const RowValues& row)
{
    V2momMeasure measure;
    measure.id = row.id;
    measure.name = row.values.value(0).toString();
    measure.target = row.values.value(1).toDouble();
    measure.unit = row.values.value(2).toString();
    measure.startDate = toDate(row.values.value(3));
    measure.dueDate = toDate(row.values.value(4));
    measure.binding.kind = measureBindingFromKey(row.values.value(5).toString());
    measure.binding.setParamsJson(row.values.value(6).toString());
    measure.binding.scope = measureScopeFromKey(row.values.value(7).toString());
    measure.manualMode = manualModeFromKey(row.values.value(8).toString());
    measure.methodId = row.values.value(9).toString();
    return measure;
}

MeasureEntry decodeEntry(const RowValues& row)
{
    return MeasureEntry{
        row.id, toDate(row.values.value(0)), row.values.value(1).toDouble(), row.values.value(2).toString()};
}

} // namespace V2momRows
