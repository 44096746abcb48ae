// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momSnapshotJson.h"

#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int kVersion = 1;

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(Timestamp::dateToStorage(date)) : QJsonValue();
}

QDate dateOf(const QJsonValue& value)
{
    return value.isString() ? Timestamp::dateFromStorage(value.toString()) : QDate();
}

QJsonObject measureObject(const V2momMeasure& measure)
{
    QJsonArray entries;
    for (const MeasureEntry& entry : measure.entries) {
        entries.append(QJsonObject{{key("id"), entry.id},
                                   {key("date"), dateValue(entry.date)},
                                   {key("value"), entry.value},
                                   {key("note"), entry.note}});
    }
    return QJsonObject{{key("id"), measure.id},
                       {key("name"), measure.name},
                       {key("target"), measure.target},
                       {key("unit"), measure.unit},
                       {key("start"), dateValue(measure.startDate)},
                       {key("due"), dateValue(measure.dueDate)},
                       {key("binding"), measureBindingKey(measure.binding.kind)},
                       {key("params"), measure.binding.paramsJson()},
                       {key("scope"), measureScopeKey(measure.binding.scope)},
                       {key("manualMode"), manualModeKey(measure.manualMode)},
                       {key("method"), measure.methodId},
                       {key("entries"), entries}};
}

V2momMeasure measureOf(const QJsonObject& object)
{
    V2momMeasure measure;
    measure.id = object.value(key("id")).toString();
    measure.name = object.value(key("name")).toString();
    measure.target = object.value(key("target")).toDouble();
    measure.unit = object.value(key("unit")).toString();
    measure.startDate = dateOf(object.value(key("start")));
    measure.dueDate = dateOf(object.value(key("due")));
    measure.binding.kind = measureBindingFromKey(object.value(key("binding")).toString());
    measure.binding.setParamsJson(object.value(key("params")).toString());
    measure.binding.scope = measureScopeFromKey(object.value(key("scope")).toString());
    measure.manualMode = manualModeFromKey(object.value(key("manualMode")).toString());
    measure.methodId = object.value(key("method")).toString();
    for (const QJsonValue& value : object.value(key("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        measure.entries.append(MeasureEntry{entry.value(key("id")).toString(),
                                            dateOf(entry.value(key("date"))),
                                            entry.value(key("value")).toDouble(),
                                            entry.value(key("note")).toString()});
    }
    return measure;
}
} // namespace

namespace V2momSnapshotJson {

QString write(const V2momSheet& sheet, const QHash<QString, double>& measureValues)
{
    QJsonArray values;
    for (const V2momValue& value : sheet.values) {
        values.append(QJsonObject{{key("id"), value.id}, {key("text"), value.text}});
    }
    QJsonArray methods;
    for (const V2momMethod& method : sheet.methods) {
        methods.append(QJsonObject{{key("id"), method.id},
                                   {key("title"), method.title},
                                   {key("description"), method.description},
                                   {key("parent"), method.parentMethodId}});
    }
    QJsonArray obstacles;
    for (const V2momObstacle& obstacle : sheet.obstacles) {
        obstacles.append(
            QJsonObject{{key("id"), obstacle.id}, {key("text"), obstacle.text}, {key("method"), obstacle.methodId}});
    }
    QJsonArray measures;
    QJsonObject valuesThen;
    for (const V2momMeasure& measure : sheet.measures) {
        measures.append(measureObject(measure));
        const auto found = measureValues.constFind(measure.id);
        if (found != measureValues.cend()) {
            valuesThen.insert(measure.id, *found);
        }
    }
    const QJsonObject sheetObject{{key("id"), sheet.id},
                                  {key("owner"), sheet.ownerId},
                                  {key("fiscalYear"), sheet.fiscalYear.year},
                                  {key("startMonth"), sheet.fiscalYear.startMonth},
                                  {key("vision"), sheet.vision},
                                  {key("values"), values},
                                  {key("methods"), methods},
                                  {key("obstacles"), obstacles},
                                  {key("measures"), measures}};
    const QJsonObject root{{key("version"), kVersion}, {key("sheet"), sheetObject}, {key("measureValues"), valuesThen}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

bool read(const QString& json, V2momSnapshot& snapshot)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonObject object = root.value(key("sheet")).toObject();
    V2momSheet sheet;
    sheet.id = object.value(key("id")).toString();
    sheet.ownerId = object.value(key("owner")).toString();
    sheet.fiscalYear = FiscalYear{object.value(key("fiscalYear")).toInt(), object.value(key("startMonth")).toInt(1)};
    sheet.vision = object.value(key("vision")).toString();
    for (const QJsonValue& value : object.value(key("values")).toArray()) {
        const QJsonObject item = value.toObject();
        sheet.values.append(V2momValue{item.value(key("id")).toString(), item.value(key("text")).toString()});
    }
    for (const QJsonValue& value : object.value(key("methods")).toArray()) {
        const QJsonObject item = value.toObject();
        sheet.methods.append(V2momMethod{item.value(key("id")).toString(),
                                         item.value(key("title")).toString(),
                                         item.value(key("description")).toString(),
                                         item.value(key("parent")).toString()});
    }
    for (const QJsonValue& value : object.value(key("obstacles")).toArray()) {
        const QJsonObject item = value.toObject();
        sheet.obstacles.append(V2momObstacle{item.value(key("id")).toString(),
                                             item.value(key("text")).toString(),
                                             item.value(key("method")).toString()});
    }
    for (const QJsonValue& value : object.value(key("measures")).toArray()) {
        sheet.measures.append(measureOf(value.toObject()));
    }
    snapshot.sheet = sheet;
    snapshot.measureValues.clear();
    const QJsonObject valuesThen = root.value(key("measureValues")).toObject();
    for (auto it = valuesThen.begin(); it != valuesThen.end(); ++it) {
        snapshot.measureValues.insert(it.key(), it.value().toDouble());
    }
    return true;
}

} // namespace V2momSnapshotJson
