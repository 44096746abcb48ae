// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageCopy.h"

#include "Database.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

namespace PageCopy {

void copy(const Database& source, const QString& path)
{
    if (QFileInfo::exists(path)) {
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("Storage", "%1 exists already.").arg(path));
    }
    const QVariant handle = source.connection().driver()->handle();
    sqlite3* from = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                        ? *static_cast<sqlite3* const*>(handle.constData())
                        : nullptr;
    if (!from) {
        throw StorageError(
            StorageError::Kind::QueryFailed,
            QCoreApplication::translate("Storage", "The workspace connection is not an SQLite connection."));
    }
    sqlite3* to = nullptr;
    int code = sqlite3_open_v2(QFile::encodeName(QFileInfo(path).absoluteFilePath()).constData(),
                               &to,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE,
                               nullptr);
    if (code == SQLITE_OK) {
        // One step copies every page under one read lock: a consistent snapshot.
        sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
        code = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(to);
        const int finished = backup ? sqlite3_backup_finish(backup) : code;
        if (code == SQLITE_DONE && finished != SQLITE_OK) {
            code = finished;
        }
    }
    sqlite3_close(to);
    if (code != SQLITE_DONE) {
        QFile::remove(path);
        throw StorageError(StorageError::Kind::QueryFailed,
                           QCoreApplication::translate("Storage", "A database operation failed: %1")
                               .arg(QString::fromUtf8(sqlite3_errstr(code))));
    }
}

} // namespace PageCopy
