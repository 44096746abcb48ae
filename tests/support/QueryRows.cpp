// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryRows.h"

#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

QStringList queryRows(Workspace& workspace, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(sql);
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qFatal("test SQL failed: %s", qPrintable(query.lastError().text()));
    }
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i) {
            fields.append(query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
        }
        rows.append(fields.join(u'|'));
    }
    return rows;
}
