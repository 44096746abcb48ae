// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategySheetRepository.h"

#include "Database.h"
#include "RowStamp.h"
#include "Statement.h"
#include "StrategySheetRows.h"
#include "Transaction.h"

#include "core/util/Ids.h"

#include <QHash>

using namespace StrategySheetRows;

namespace {
template <typename Item>
QList<RowValues> encodeAll(const QString& sheetId, const QList<Item>& items)
{
    QList<RowValues> rows;
    rows.reserve(items.size());
    for (const Item& item : items) {
        rows.append(encode(sheetId, item));
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
void attach(QHash<QString, StrategySheet*>& byId,
            const QList<RowValues>& rows,
            QList<Item> StrategySheet::*list,
            Decode decode)
{
    for (const RowValues& row : rows) {
        if (StrategySheet* sheet = byId.value(row.parentId)) {
            (sheet->*list).append(decode(row));
        }
    }
}

QList<StrategySheet> load(const Database& database, const QList<RowValues>& headers)
{
    QList<StrategySheet> sheets;
    sheets.reserve(headers.size());
    QStringList ids;
    for (const RowValues& header : headers) {
        sheets.append(decodeSheet(header));
        ids.append(header.id);
    }
    if (sheets.isEmpty()) {
        return sheets;
    }
    QHash<QString, StrategySheet*> byId;
    for (StrategySheet& sheet : sheets) {
        byId.insert(sheet.id, &sheet);
    }
    // Few sheets: read their rows by id; many (the board): read whole tables once.
    const QStringList parents = ids.size() <= 50 ? ids : QStringList();
    attach(byId, RowSet::read(database, stakeholderTable(), parents), &StrategySheet::stakeholders, decodeStakeholder);
    attach(byId, RowSet::read(database, openItemTable(), parents), &StrategySheet::openItems, decodeOpenItem);
    attach(byId, RowSet::read(database, competitorTable(), parents), &StrategySheet::competitors, decodeCompetitor);
    attach(byId, RowSet::read(database, promiseTable(), parents), &StrategySheet::promises, decodePromise);
    attach(byId, RowSet::read(database, actionTable(), parents), &StrategySheet::actions, decodeAction);
    return sheets;
}
} // namespace

StrategySheetRepository::StrategySheetRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

std::optional<StrategySheet> StrategySheetRepository::forDeal(const QString& dealId) const
{
    const QList<StrategySheet> found = sheets({dealId});
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<StrategySheet> StrategySheetRepository::sheets(const QStringList& dealIds) const
{
    return load(m_database, RowSet::read(m_database, sheetTable(), dealIds));
}

QStringList StrategySheetRepository::dealsWithSheets() const
{
    QStringList ids;
    Statement query(m_database,
                    QStringLiteral("SELECT s.deal_id FROM strategy_sheets s JOIN deals d ON d.id = s.deal_id "
                                   "WHERE s.deleted = 0 AND d.deleted = 0 ORDER BY s.deal_id"));
    query.exec();
    while (query.next()) {
        ids.append(query.text(0));
    }
    return ids;
}

std::optional<StrategySheet> StrategySheetRepository::storedById(const QString& sheetId) const
{
    Statement query(m_database, QStringLiteral("SELECT deal_id FROM strategy_sheets WHERE id = :id AND deleted = 0"));
    query.bind(QStringLiteral(":id"), sheetId).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    for (const StrategySheet& sheet : sheets({query.text(0)})) {
        if (sheet.id == sheetId) {
            return sheet;
        }
    }
    return std::nullopt;
}

StrategySheet StrategySheetRepository::save(StrategySheet sheet)
{
    if (sheet.id.isEmpty()) {
        sheet.id = Ids::newId();
    }
    fillIds(sheet.stakeholders);
    fillIds(sheet.openItems);
    fillIds(sheet.competitors);
    fillIds(sheet.promises);
    fillIds(sheet.actions);
    const QString now = storageNow(m_clock);
    Transaction transaction(m_database);
    // A removed sheet's rows were left as they were, so a revival compares against them too.
    const std::optional<StrategySheet> stored = storedById(sheet.id);
    StrategySheet before;
    if (stored) {
        before = *stored;
    } else {
        StrategySheet rowsOnly;
        rowsOnly.id = sheet.id;
        before = load(m_database, {encode(rowsOnly)}).first();
    }
    RowSet::write(m_database,
                  now,
                  sheetTable(),
                  sheet.dealId,
                  stored ? QList<RowValues>{encode(before)} : QList<RowValues>{},
                  {encode(sheet)});
    RowSet::write(m_database,
                  now,
                  stakeholderTable(),
                  sheet.id,
                  encodeAll(sheet.id, before.stakeholders),
                  encodeAll(sheet.id, sheet.stakeholders));
    RowSet::write(m_database,
                  now,
                  openItemTable(),
                  sheet.id,
                  encodeAll(sheet.id, before.openItems),
                  encodeAll(sheet.id, sheet.openItems));
    RowSet::write(m_database,
                  now,
                  competitorTable(),
                  sheet.id,
                  encodeAll(sheet.id, before.competitors),
                  encodeAll(sheet.id, sheet.competitors));
    RowSet::write(m_database,
                  now,
                  promiseTable(),
                  sheet.id,
                  encodeAll(sheet.id, before.promises),
                  encodeAll(sheet.id, sheet.promises));
    RowSet::write(m_database,
                  now,
                  actionTable(),
                  sheet.id,
                  encodeAll(sheet.id, before.actions),
                  encodeAll(sheet.id, sheet.actions));
    StrategySheet result = *storedById(sheet.id);
    transaction.commit();
    return result;
}

void StrategySheetRepository::remove(const QString& sheetId)
{
    RowSet::tombstone(m_database, storageNow(m_clock), QStringLiteral("strategy_sheets"), sheetId);
}
