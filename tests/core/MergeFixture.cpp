// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeFixture.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtTest>

namespace MergeFixture {

namespace {
template <typename Work>
void withConnection(const QString& path, Work work)
{
    const QString name = QStringLiteral("merge-fixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            qWarning() << db.lastError().text();
        }
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

QStringList dataTables()
{
    return {QStringLiteral("exchange_rates"),
            QStringLiteral("pipelines"),
            QStringLiteral("stages"),
            QStringLiteral("owners"),
            QStringLiteral("accounts"),
            QStringLiteral("contacts"),
            QStringLiteral("deals"),
            QStringLiteral("deal_events"),
            QStringLiteral("interactions"),
            QStringLiteral("interaction_contacts"),
            QStringLiteral("leads"),
            QStringLiteral("strategy_sheets"),
            QStringLiteral("strategy_stakeholders")};
}

QHash<QString, QHash<QString, Row>> rows(const QString& path)
{
    QHash<QString, QHash<QString, Row>> result;
    withConnection(path, [&](QSqlDatabase& db) {
        for (const QString& table : dataTables()) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM ") + table)) {
                qWarning() << query.lastError().text();
                continue;
            }
            const QSqlRecord record = query.record();
            const int updated = record.indexOf(QStringLiteral("updated_at"));
            const bool composite = table == QLatin1String("interaction_contacts");
            auto& target = result[table];
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < record.count(); ++i) {
                    values << (query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
                }
                const QString key = composite ? query.value(0).toString() + u'|' + query.value(1).toString()
                                              : query.value(0).toString();
                target.insert(key, Row{query.value(updated).toString(), values.join(u'\x1f')});
            }
        }
    });
    return result;
}

QByteArray digest(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto all = rows(path);
    for (const QString& table : dataTables()) {
        QStringList keys = all.value(table).keys();
        keys.sort();
        for (const QString& key : keys) {
            hash.addData(table.toUtf8());
            hash.addData(all.value(table).value(key).values.toUtf8());
        }
    }
    return hash.result().toHex();
}

void execute(const QString& path, const QStringList& statements)
{
    withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA ignore_check_constraints = 1"));
        for (const QString& sql : statements) {
            if (!query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
            }
        }
    });
}

QVariant scalar(const QString& path, const QString& sql)
{
    QVariant value;
    withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next()) {
            value = query.value(0);
        }
    });
    return value;
}

} // namespace MergeFixture
