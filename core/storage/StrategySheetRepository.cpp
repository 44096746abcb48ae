// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategySheetRepository.h"

#include "BulkWriter.h"
#include "Database.h"
#include "RowLoader.h"
#include "RowStamp.h"
#include "SheetDocument.h"
#include "Statement.h"
#include "StrategySheetRows.h"
#include "Transaction.h"

#include "core/util/Ids.h"

using namespace StrategySheetRows;

namespace {
// The codec overloads of StrategySheetRows, as one callable for SheetDocument::writeList.
const auto encodeRow = [](const QString& sheetId, const auto& item) {
    return encode(sheetId, item);
};

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
    const QHash<QString, StrategySheet*> byId = SheetDocument::byId(sheets);
    const QStringList parents = SheetDocument::childFilter(ids);
    using SheetDocument::attach;
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
    SheetDocument::assignIds(sheet.stakeholders);
    SheetDocument::assignIds(sheet.openItems);
    SheetDocument::assignIds(sheet.competitors);
    SheetDocument::assignIds(sheet.promises);
    SheetDocument::assignIds(sheet.actions);
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
    using SheetDocument::writeList;
    const QString& id = sheet.id;
    writeList(m_database, now, stakeholderTable(), id, before.stakeholders, sheet.stakeholders, encodeRow);
    writeList(m_database, now, openItemTable(), id, before.openItems, sheet.openItems, encodeRow);
    writeList(m_database, now, competitorTable(), id, before.competitors, sheet.competitors, encodeRow);
    writeList(m_database, now, promiseTable(), id, before.promises, sheet.promises, encodeRow);
    writeList(m_database, now, actionTable(), id, before.actions, sheet.actions, encodeRow);
    StrategySheet result = *storedById(sheet.id);
    transaction.commit();
    return result;
}

void StrategySheetRepository::loadGenerated(QList<StrategySheet> sheets)
{
    Transaction transaction(m_database);
    RowLoader loader(m_database, storageNow(m_clock));
    const auto writeList = [&loader](const RowTable& table, const QString& sheetId, auto& items) {
        SheetDocument::assignIds(items);
        QList<RowValues> rows;
        rows.reserve(items.size());
        for (const auto& item : items) {
            rows.append(encodeRow(sheetId, item));
        }
        loader.insert(table, sheetId, rows);
    };
    for (StrategySheet& sheet : sheets) {
        if (sheet.id.isEmpty()) {
            sheet.id = Ids::newId();
        }
        loader.insert(sheetTable(), sheet.dealId, {encode(sheet)});
        writeList(stakeholderTable(), sheet.id, sheet.stakeholders);
        writeList(openItemTable(), sheet.id, sheet.openItems);
        writeList(competitorTable(), sheet.id, sheet.competitors);
        writeList(promiseTable(), sheet.id, sheet.promises);
        writeList(actionTable(), sheet.id, sheet.actions);
    }
    transaction.commit();
}

void StrategySheetRepository::writeGenerated(BulkWriter& writer, QList<StrategySheet> sheets) const
{
    const QString now = storageNow(m_clock);
    const auto writeList = [&writer, &now](const RowTable& table, const QString& sheetId, auto& items) {
        SheetDocument::assignIds(items);
        QList<RowValues> rows;
        rows.reserve(items.size());
        for (const auto& item : items) {
            rows.append(encodeRow(sheetId, item));
        }
        writer.insertRows(table, sheetId, rows, now);
    };
    for (StrategySheet& sheet : sheets) {
        if (sheet.id.isEmpty()) {
            sheet.id = Ids::newId();
        }
        writer.insertRows(sheetTable(), sheet.dealId, {encode(sheet)}, now);
        writeList(stakeholderTable(), sheet.id, sheet.stakeholders);
        writeList(openItemTable(), sheet.id, sheet.openItems);
        writeList(competitorTable(), sheet.id, sheet.competitors);
        writeList(promiseTable(), sheet.id, sheet.promises);
        writeList(actionTable(), sheet.id, sheet.actions);
    }
}

void StrategySheetRepository::remove(const QString& sheetId)
{
    RowSet::tombstone(m_database, storageNow(m_clock), QStringLiteral("strategy_sheets"), sheetId);
}
