// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRun.h"

#include <QSqlDatabase>
#include <QSqlQuery>

CommandRun runCommand(HeadlessCommand command, const QString& name, const QStringList& arguments)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = command(QStringList{name} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

QVariant fileScalar(const QString& path, const QString& sql)
{
    const QString connection = QStringLiteral("fileScalar");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                result = query.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}
