// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRevert.h"

#include "Database.h"
#include "ImportStore.h"
#include "Statement.h"
#include "Transaction.h"

#include "core/util/Timestamp.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
QString readRowJson(const Database& database, const QString& table, const QString& id, const QStringList& columns)
{
    Statement query(database, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(columns.join(u','), table));
    query.bind(QStringLiteral(":id"), id).exec();
    QJsonObject row;
    if (query.next()) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const int column = static_cast<int>(i);
            row.insert(columns.at(i),
                       query.isNull(column) ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue::fromVariant(query.value(column)));
        }
    }
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

void writeRow(
    const Database& database, const QString& table, const QString& id, const QString& json, const QString& now)
{
    const QJsonObject row = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList sets;
    for (auto it = row.begin(); it != row.end(); ++it) {
        sets.append(it.key() + QStringLiteral(" = :") + it.key());
    }
    sets.append(QStringLiteral("updated_at = :now"));
    Statement update(database, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(table, sets.join(u',')));
    for (auto it = row.begin(); it != row.end(); ++it) {
        // JSON knows no integers and no typed NULL: give SQLite what the columns hold.
        const QJsonValue value = it.value();
        QVariant bound;
        if (value.isDouble()) {
            bound = static_cast<qint64>(value.toDouble());
        } else if (value.isString()) {
            bound = value.toString();
        } else {
            bound = QVariant();
        }
        update.bind(u':' + it.key(), bound);
    }
    update.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), id).exec();
}

} // namespace

namespace ImportRevert {

QString snapshot(const Database& database, const QString& table, const QString& id, const QStringList& columns)
{
    return readRowJson(database, table, id, columns);
}

ImportRevertResult revert(Database& database, const QString& batchId, const QDateTime& now)
{
    const QString stamp = Timestamp::toStorage(now);
    Transaction transaction(database);
    ImportRevertResult result;
    // Children before parents: a deal before the account it refers to.
    const QStringList order = {QStringLiteral("deals"),
                               QStringLiteral("contacts"),
                               QStringLiteral("accounts"),
                               QStringLiteral("owners"),
                               QStringLiteral("stages")};
    QSet<QString> restoredDeals;
    for (const QString& table : order) {
        Statement rows(database,
                       QStringLiteral("SELECT r.row_id, r.action, COALESCE(r.before, ''), r.stamp = t.updated_at "
                                      "AND t.deleted = 0 FROM import_batch_rows r JOIN %1 t ON t.id = r.row_id "
                                      "WHERE r.batch_id = :batch AND r.table_name = :table")
                           .arg(table));
        rows.bind(QStringLiteral(":batch"), batchId).bind(QStringLiteral(":table"), table).exec();
        struct Item
        {
            QString id;
            bool created;
            QString before;
            bool untouched;
        };
        QList<Item> items;
        while (rows.next()) {
            items.append({rows.text(0), rows.text(1) == QLatin1String("created"), rows.text(2), rows.integer(3) != 0});
        }
        for (const Item& item : items) {
            if (!item.untouched) {
                ++result.rowsKept;
                continue;
            }
            if (!item.created) {
                writeRow(database, table, item.id, item.before, stamp);
                restoredDeals.insert(item.id);
                ++result.rowsReverted;
                continue;
            }
            // A new account, owner, contact or stage still used by a row that stays is kept.
            static const QHash<QString, QString> kUsers = {
                {QStringLiteral("contacts"),
                 QStringLiteral("SELECT COUNT(*) FROM interaction_contacts WHERE "
                                "contact_id = :id AND deleted = 0")},
                {QStringLiteral("accounts"),
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM deals WHERE account_id = :id "
                                "AND deleted = 0) + (SELECT COUNT(*) FROM contacts WHERE "
                                "account_id = :id2 AND deleted = 0)")},
                {QStringLiteral("owners"),
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM deals WHERE owner_id = :id AND "
                                "deleted = 0) + (SELECT COUNT(*) FROM owners WHERE manager_id "
                                "= :id2 AND deleted = 0)")},
                {QStringLiteral("stages"),
                 QStringLiteral("SELECT COUNT(*) FROM deals WHERE stage_id = :id AND deleted = 0")},
            };
            if (kUsers.contains(table)) {
                Statement users(database, kUsers.value(table));
                users.bind(QStringLiteral(":id"), item.id);
                if (table == QLatin1String("accounts") || table == QLatin1String("owners")) {
                    users.bind(QStringLiteral(":id2"), item.id);
                }
                users.exec();
                if (users.next() && users.integer(0) > 0) {
                    ++result.rowsKept;
                    continue;
                }
            }
            Statement tombstone(
                database, QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = :now WHERE id = :id").arg(table));
            tombstone.bind(QStringLiteral(":now"), stamp).bind(QStringLiteral(":id"), item.id).exec();
            if (table == QLatin1String("deals")) {
                Statement events(database,
                                 QStringLiteral("UPDATE deal_events SET deleted = 1, updated_at = :now "
                                                "WHERE deal_id = :id AND deleted = 0"));
                events.bind(QStringLiteral(":now"), stamp).bind(QStringLiteral(":id"), item.id).exec();
            }
            ++result.rowsReverted;
        }
    }
    // Events an import wrote on deals it updated go with the restored values.
    for (const QString& dealId : restoredDeals) {
        Statement events(database,
                         QStringLiteral("UPDATE deal_events SET deleted = 1, updated_at = :now WHERE deal_id = :deal "
                                        "AND deleted = 0 AND id IN (SELECT row_id FROM import_batch_rows WHERE "
                                        "batch_id = :batch AND table_name = 'deal_events')"));
        events.bind(QStringLiteral(":now"), stamp)
            .bind(QStringLiteral(":deal"), dealId)
            .bind(QStringLiteral(":batch"), batchId)
            .exec();
    }
    Statement mark(database,
                   QStringLiteral("UPDATE import_batches SET reverted_at = :now, updated_at = :now WHERE id = :id"));
    mark.bind(QStringLiteral(":now"), stamp).bind(QStringLiteral(":id"), batchId).exec();
    transaction.commit();
    return result;
}

} // namespace ImportRevert
