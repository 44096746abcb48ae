// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FileCrafting.h"

#include "core/services/DealService.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "tests/support/DealBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace FileCrafting {

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
    }
}

void createWorkspace(const QString& path, int deals)
{
    auto workspace = Workspace::create(path, {}, Clock::system());
    for (int i = 0; i < deals; ++i) {
        workspace->dealService().create(DealBuilder().name(QStringLiteral("Deal %1").arg(i)).build());
    }
}

namespace {
template <typename Body>
auto withConnection(const QString& path, Body body)
{
    decltype(body(std::declval<QSqlQuery&>())) result{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crafting"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            result = body(query);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crafting"));
    return result;
}
} // namespace

QVariant rawScalar(const QString& path, const QString& sql)
{
    return withConnection(
        path, [&](QSqlQuery& query) { return query.exec(sql) && query.next() ? query.value(0) : QVariant(); });
}

bool rawExec(const QString& path, const QString& sql)
{
    return withConnection(path, [&](QSqlQuery& query) { return query.exec(sql); });
}

bool leaveFreePages(const QString& path, int pages)
{
    return withConnection(path, [&](QSqlQuery& query) {
        return query.exec(QStringLiteral("CREATE TABLE filler (blob BLOB)")) &&
               query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                         "INSERT INTO filler SELECT zeroblob(4000) FROM n")
                              .arg(pages)) &&
               query.exec(QStringLiteral("DROP TABLE filler")) &&
               query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
}

qint64 leafPageOf(const QString& path, const QString& objectName)
{
    return withConnection(path, [&](QSqlQuery& query) -> qint64 {
        query.prepare(
            QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = ? AND pagetype = 'leaf' AND pageno > 1"));
        query.addBindValue(objectName);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    });
}

void scribbleOverPage(const QString& path, qint64 page)
{
    const qint64 pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size")).toLongLong();
    QFile file(path);
    if (page > 1 && pageSize > 0 && file.open(QIODevice::ReadWrite) && file.seek(pageSize * (page - 1))) {
        file.write(QByteArray(pageSize, '\x5a'));
    }
}

} // namespace FileCrafting
