// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSet.h"

#include "core/util/Ids.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;

// A sheet (a deal's strategy sheet, an account plan) is stored as one header row plus lists
// of child rows (stakeholders, departments, ...). These are the steps every such repository
// takes on each of its lists; the row codecs stay with the repository (`encode`/`decode` are
// passed in, so overloads of the caller's codec namespace are found there).
namespace SheetDocument {

// New list items get their id before the write, so the undo step can name them.
template <typename Item>
void assignIds(QList<Item>& items)
{
    for (Item& item : items) {
        if (item.id.isEmpty()) {
            item.id = Ids::newId();
        }
    }
}

// Sheets by id, pointing into `sheets` (which must not change size while this is used).
template <typename Sheet>
QHash<QString, Sheet*> byId(QList<Sheet>& sheets)
{
    QHash<QString, Sheet*> index;
    for (Sheet& sheet : sheets) {
        index.insert(sheet.id, &sheet);
    }
    return index;
}

// Appends each read child row to the list `list` of the sheet it belongs to.
template <typename Sheet, typename Item, typename Decode>
void attach(const QHash<QString, Sheet*>& sheets, const QList<RowValues>& rows, QList<Item> Sheet::*list, Decode decode)
{
    for (const RowValues& row : rows) {
        if (Sheet* sheet = sheets.value(row.parentId)) {
            (sheet->*list).append(decode(row));
        }
    }
}

// Makes the stored child rows of `sheetId` in `table` equal to `after`, given `before`.
template <typename Item, typename Encode>
void writeList(const Database& database,
               const QString& now,
               const RowTable& table,
               const QString& sheetId,
               const QList<Item>& before,
               const QList<Item>& after,
               Encode encode)
{
    const auto encodeAll = [&](const QList<Item>& items) {
        QList<RowValues> rows;
        rows.reserve(items.size());
        for (const Item& item : items) {
            rows.append(encode(sheetId, item));
        }
        return rows;
    };
    RowSet::write(database, now, table, sheetId, encodeAll(before), encodeAll(after));
}

// Few sheets: read their rows by id; many (the board): read whole tables once.
inline QStringList childFilter(const QStringList& sheetIds)
{
    return sheetIds.size() <= 50 ? sheetIds : QStringList();
}

} // namespace SheetDocument
