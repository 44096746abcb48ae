// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceCompaction.h"

#include "Database.h"
#include "Statement.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace WorkspaceCompaction {
namespace {
// The main file alone: after a checkpoint the write-ahead log holds nothing of the data.
qint64 fileBytes(const Database& database)
{
    return QFileInfo(database.path()).size();
}

void checkpoint(Database& database)
{
    Statement::scalar(database, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}
} // namespace

Result run(Database& database)
{
    if (database.isReadOnly()) {
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate("Storage", "A workspace opened read-only cannot be compacted."));
    }
    if (database.transactionDepth() != 0) {
        throw StorageError(
            StorageError::Kind::Busy,
            QCoreApplication::translate("Storage", "The workspace is being changed; compact it when that is done."));
    }
    Result result;
    checkpoint(database);
    result.bytesBefore = fileBytes(database);
    result.freePagesBefore = Statement::scalar(database, QStringLiteral("PRAGMA freelist_count")).toLongLong();
    // In WAL mode VACUUM writes the new file through the log; the checkpoint after it moves
    // the pages into the file and truncates the log, so the size below is the real one.
    Statement::run(database, QStringLiteral("VACUUM"));
    checkpoint(database);
    result.bytesAfter = fileBytes(database);
    return result;
}

Result runOnFile(const QString& path)
{
    const auto database = Database::open(path, {Database::Access::ReadWrite, false});
    return run(*database);
}
} // namespace WorkspaceCompaction
