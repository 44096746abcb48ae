// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamFileExport.h"

#include "core/storage/Database.h"
#include "core/storage/RepCopyPruner.h"
#include "core/storage/StorageError.h"

#include <QFile>
#include <QTemporaryDir>

namespace TeamFileExport {

void write(const Database& workspace, const QString& path, const QString& onlyOwnerId)
{
    if (onlyOwnerId.isEmpty()) {
        workspace.copyTo(path);
        return;
    }
    QTemporaryDir dir;
    const QString scratch = dir.filePath(QStringLiteral("scratch.dealbench"));
    workspace.copyTo(scratch);
    {
        auto copy = Database::open(scratch, {Database::Access::ReadWrite, false});
        RepCopyPruner::keepOnlyOwner(*copy, onlyOwnerId);
        try {
            copy->copyTo(path);
        } catch (const StorageError&) {
            QFile::remove(path);
            throw;
        }
    }
}

} // namespace TeamFileExport
