// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"
#include "Transaction.h"
#include "V2momRows.h"
#include "V2momSnapshotJson.h"

#include "core/util/Ids.h"
#include "core/util/Timestamp.h"

#include <QHash>

using namespace V2momRows;

namespace {
template <typename Item>
QList<RowValues> encodeAll(const QString& parentId, const QList<Item>& items)
{
    QList<RowValues> rows;
    rows.reserve(items.size());
    for (const Item& item : items) {
        rows.append(encode(parentId, item));
    }
    return rows;
}

template <typename Item>
void fillIds(QList<Item>& items)
{
    for (Item& item : items) {
        if (item.id.isEmpty()) {
            item.id = Ids::newId();
        }
    }
}

template <typename Item, typename Decode>
void attach(QHash<QString, V2momSheet*>& byId,
            const QList<RowValues>& rows,
            QList<Item> V2momSheet::*list,
            Decode decode)
{
    for (const RowValues& row : rows) {
        if (V2momSheet* sheet = byId.value(row.parentId)) {
            (sheet->*list).append(decode(row));
        }
    }
}

// The rows of the given sheets, read whether or not the sheets themselves are removed.
void fillRows(const Database& database, QList<V2momSheet>& sheets)
{
    QHash<QString, V2momSheet*> byId;
    QStringList ids;
    for (V2momSheet& sheet : sheets) {
        byId.insert(sheet.id, &sheet);
        ids.append(sheet.id);
    }
    if (ids.isEmpty()) {
        return;
    }
    attach(byId, RowSet::read(database, valueTable(), ids), &V2momSheet::values, decodeValue);
    attach(byId, RowSet::read(database, methodTable(), ids), &V2momSheet::methods, decodeMethod);
    attach(byId, RowSet::read(database, obstacleTable(), ids), &V2momSheet::obstacles, decodeObstacle);
    attach(byId, RowSet::read(database, measureTable(), ids), &V2momSheet::measures, decodeMeasure);
    QHash<QString, V2momMeasure*> measures;
    QStringList measureIds;
    for (V2momSheet& sheet : sheets) {
        for (V2momMeasure& measure : sheet.measures) {
            measures.insert(measure.id, &measure);
            measureIds.append(measure.id);
        }
    }
    if (measureIds.isEmpty()) {
        return;
    }
    for (const RowValues& row : RowSet::read(database, entryTable(), measureIds)) {
        if (V2momMeasure* measure = measures.value(row.parentId)) {
            measure->entries.append(decodeEntry(row));
        }
    }
}
} // namespace

V2momRepository::V2momRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<V2momSheet> V2momRepository::load(const QString& where, const QVariantHash& bindings) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT id, owner_id, created_at, updated_at, fiscal_year, start_month, vision "
                                   "FROM v2mom_sheets WHERE deleted = 0 AND ") +
                        where + QStringLiteral(" ORDER BY owner_id, fiscal_year, id"));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        query.bind(it.key(), it.value());
    }
    query.exec();
    QList<V2momSheet> sheets;
    while (query.next()) {
        RowValues row;
        row.id = query.text(0);
        row.parentId = query.text(1);
        row.createdAt = query.text(2);
        row.updatedAt = query.text(3);
        row.values = {query.value(4), query.value(5), query.value(6)};
        sheets.append(decodeSheet(row));
    }
    fillRows(m_database, sheets);
    return sheets;
}

std::optional<V2momSheet> V2momRepository::sheet(const QString& sheetId) const
{
    const QList<V2momSheet> found = load(QStringLiteral("id = :id"), {{QStringLiteral(":id"), sheetId}});
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

std::optional<V2momSheet> V2momRepository::sheetFor(const QString& ownerId, int fiscalYear) const
{
    const QList<V2momSheet> found = load(QStringLiteral("owner_id = :owner AND fiscal_year = :year"),
                                         {{QStringLiteral(":owner"), ownerId}, {QStringLiteral(":year"), fiscalYear}});
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<V2momSheet> V2momRepository::sheetsOfYear(int fiscalYear) const
{
    return load(QStringLiteral("fiscal_year = :year"), {{QStringLiteral(":year"), fiscalYear}});
}

QList<int> V2momRepository::fiscalYears() const
{
    Statement query(m_database,
                    QStringLiteral("SELECT DISTINCT fiscal_year FROM v2mom_sheets WHERE deleted = 0 ORDER BY 1"));
    query.exec();
    QList<int> years;
    while (query.next()) {
        years.append(static_cast<int>(query.integer(0)));
    }
    return years;
}

QHash<QString, V2momRepository::MethodRef> V2momRepository::methods(const QStringList& methodIds) const
{
    QHash<QString, MethodRef> result;
    Statement query(m_database,
                    QStringLiteral("SELECT m.id, m.sheet_id, m.title, m.deleted, s.deleted FROM v2mom_methods m "
                                   "JOIN v2mom_sheets s ON s.id = m.sheet_id WHERE m.id = :id"));
    for (const QString& id : methodIds) {
        if (id.isEmpty() || result.contains(id)) {
            continue;
        }
        query.bind(QStringLiteral(":id"), id).exec();
        if (query.next()) {
            result.insert(
                id,
                MethodRef{query.text(0), query.text(1), query.text(2), query.integer(3) != 0 || query.integer(4) != 0});
        }
    }
    return result;
}

V2momSheet V2momRepository::save(V2momSheet sheet)
{
    if (sheet.id.isEmpty()) {
        sheet.id = Ids::newId();
    }
    fillIds(sheet.values);
    fillIds(sheet.methods);
    fillIds(sheet.obstacles);
    fillIds(sheet.measures);
    for (V2momMeasure& measure : sheet.measures) {
        fillIds(measure.entries);
    }
    const QString now = storageNow(m_clock);
    Transaction transaction(m_database);
    // A removed sheet keeps its rows, so a revival compares against them too.
    const std::optional<V2momSheet> stored = this->sheet(sheet.id);
    QList<V2momSheet> before{stored ? *stored : V2momSheet{}};
    if (!stored) {
        before.first().id = sheet.id;
        fillRows(m_database, before);
    }
    const V2momSheet& old = before.first();
    RowSet::write(m_database,
                  now,
                  sheetTable(),
                  sheet.ownerId,
                  stored ? QList<RowValues>{encode(old)} : QList<RowValues>{},
                  {encode(sheet)});
    RowSet::write(
        m_database, now, valueTable(), sheet.id, encodeAll(sheet.id, old.values), encodeAll(sheet.id, sheet.values));
    // Methods before the rows that point at them (foreign keys are on).
    RowSet::write(
        m_database, now, methodTable(), sheet.id, encodeAll(sheet.id, old.methods), encodeAll(sheet.id, sheet.methods));
    RowSet::write(m_database,
                  now,
                  obstacleTable(),
                  sheet.id,
                  encodeAll(sheet.id, old.obstacles),
                  encodeAll(sheet.id, sheet.obstacles));
    RowSet::write(m_database,
                  now,
                  measureTable(),
                  sheet.id,
                  encodeAll(sheet.id, old.measures),
                  encodeAll(sheet.id, sheet.measures));
    // Entries of a removed measure stay with it; entries of a revived one are compared with
    // what is stored under its id.
    QStringList measureIds;
    for (const V2momMeasure& measure : sheet.measures) {
        measureIds.append(measure.id);
    }
    QHash<QString, QList<RowValues>> storedEntries;
    if (!measureIds.isEmpty()) {
        for (const RowValues& row : RowSet::read(m_database, entryTable(), measureIds)) {
            storedEntries[row.parentId].append(
                encode(row.parentId, decodeEntry(row))); // re-encoded: compares equal to unchanged entries
        }
    }
    for (const V2momMeasure& measure : sheet.measures) {
        RowSet::write(m_database,
                      now,
                      entryTable(),
                      measure.id,
                      storedEntries.value(measure.id),
                      encodeAll(measure.id, measure.entries));
    }
    V2momSheet result = *this->sheet(sheet.id);
    transaction.commit();
    return result;
}

void V2momRepository::remove(const QString& sheetId)
{
    RowSet::tombstone(m_database, storageNow(m_clock), QStringLiteral("v2mom_sheets"), sheetId);
}

QList<V2momSnapshot> V2momRepository::loadSnapshots(const QString& where, const QString& id) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT id, sheet_id, taken_at, title, content FROM v2mom_snapshots "
                                   "WHERE deleted = 0 AND ") +
                        where + QStringLiteral(" ORDER BY taken_at, id"));
    query.bind(QStringLiteral(":id"), id).exec();
    QList<V2momSnapshot> snapshots;
    while (query.next()) {
        V2momSnapshot snapshot;
        snapshot.id = query.text(0);
        snapshot.sheetId = query.text(1);
        snapshot.takenAt = Timestamp::fromStorage(query.text(2));
        snapshot.title = query.text(3);
        if (V2momSnapshotJson::read(query.text(4), snapshot)) {
            snapshots.append(snapshot);
        }
    }
    return snapshots;
}

QList<V2momSnapshot> V2momRepository::snapshots(const QString& sheetId) const
{
    return loadSnapshots(QStringLiteral("sheet_id = :id"), sheetId);
}

std::optional<V2momSnapshot> V2momRepository::snapshot(const QString& snapshotId) const
{
    const QList<V2momSnapshot> found = loadSnapshots(QStringLiteral("id = :id"), snapshotId);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

V2momSnapshot V2momRepository::insertSnapshot(V2momSnapshot snapshot)
{
    if (snapshot.id.isEmpty()) {
        snapshot.id = Ids::newId();
    }
    if (!snapshot.takenAt.isValid()) {
        snapshot.takenAt = m_clock.nowUtc();
    }
    const QString now = storageNow(m_clock);
    // ON CONFLICT ... DO UPDATE is spelled the same in SQLite (3.24+) and PostgreSQL.
    Statement insert(
        m_database,
        QStringLiteral("INSERT INTO v2mom_snapshots (id, sheet_id, taken_at, title, content, created_at, "
                       "updated_at, deleted) VALUES (:id, :sheet, :taken, :title, :content, :now, :now, 0) "
                       "ON CONFLICT(id) DO UPDATE SET sheet_id = excluded.sheet_id, "
                       "taken_at = excluded.taken_at, title = excluded.title, content = excluded.content, "
                       "updated_at = excluded.updated_at, deleted = 0"));
    insert.bind(QStringLiteral(":id"), snapshot.id)
        .bind(QStringLiteral(":sheet"), snapshot.sheetId)
        .bind(QStringLiteral(":taken"), Timestamp::toStorage(snapshot.takenAt))
        .bindText(QStringLiteral(":title"), snapshot.title)
        .bind(QStringLiteral(":content"), V2momSnapshotJson::write(snapshot.sheet, snapshot.measureValues))
        .bind(QStringLiteral(":now"), now)
        .exec();
    snapshot.takenAt = Timestamp::fromStorage(Timestamp::toStorage(snapshot.takenAt));
    return snapshot;
}

void V2momRepository::removeSnapshot(const QString& snapshotId)
{
    RowSet::tombstone(m_database, storageNow(m_clock), QStringLiteral("v2mom_snapshots"), snapshotId);
}
