// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceMerge.h"

#include "core/storage/Database.h"
#include "core/storage/MergeSchema.h"
#include "core/storage/MergeValidator.h"
#include "core/storage/PageCopy.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/util/Clock.h"
#include "core/util/Ids.h"
#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace WorkspaceMerge {

namespace {
struct Cancelled
{};

QString tr(const char* text)
{
    return QCoreApplication::translate("Merge", text);
}

// A private copy of the file that nobody else writes to. A page copy from a read-only
// connection is consistent even while the rep's program has the file open (and far quicker
// than VACUUM INTO, which rebuilds every index; the copy is checked below either way); a file
// of an older format cannot be opened read-only (it must be upgraded), so its bytes are
// copied instead, with its write-ahead log.
void copySource(const QString& sourcePath, const QString& copyPath)
{
    try {
        auto source = Database::open(sourcePath, {Database::Access::ReadOnly, false});
        PageCopy::copy(*source, copyPath);
    } catch (const StorageError& error) {
        if (error.kind() != StorageError::Kind::ReadOnly) {
            throw;
        }
        if (!QFile::copy(sourcePath, copyPath)) {
            throw StorageError(StorageError::Kind::NotFound, tr("Could not read %1.").arg(sourcePath));
        }
        const QString wal = sourcePath + QStringLiteral("-wal");
        if (QFileInfo::exists(wal)) {
            QFile::copy(wal, copyPath + QStringLiteral("-wal"));
        }
        QFile::setPermissions(copyPath, QFile::ReadOwner | QFile::WriteOwner);
    }
}

// Upgrades the copy when it is older, then checks it is sound and has our schema exactly.
void checkCopy(const QString& copyPath, const QString& sourcePath, const Database& target)
{
    auto copy = Database::open(copyPath, {Database::Access::ReadWrite, false});
    // quick_check also reports rows that break a CHECK or NOT NULL rule; those are left to row
    // validation (left out with a reason). Anything else is damage to the file itself.
    Statement check(*copy, QStringLiteral("PRAGMA quick_check(100)"));
    check.exec();
    while (check.next()) {
        const QString line = check.text(0);
        if (line == QLatin1String("ok") || line.startsWith(QLatin1String("CHECK constraint failed in ")) ||
            line.startsWith(QLatin1String("NULL value in "))) {
            continue;
        }
        throw StorageError(StorageError::Kind::NotADatabase, tr("%1 is damaged (%2).").arg(sourcePath, line));
    }
    const QString difference = MergeSchema::difference(*copy, target);
    if (!difference.isEmpty()) {
        throw StorageError(StorageError::Kind::NotAWorkspace,
                           tr("%1 cannot be imported: %2.").arg(QFileInfo(sourcePath).fileName(), difference));
    }
}
} // namespace

MergeResult merge(Database& target, const QString& sourcePath, const Clock& clock, const Options& options)
{
    MergeResult result;
    auto report = [&options](double share, const QString& step) {
        if (options.progress) {
            options.progress(share, step);
        }
    };
    auto checkCancel = [&options] {
        if (options.cancel && options.cancel->load()) {
            throw Cancelled{};
        }
    };
    const QString name = QFileInfo(sourcePath).fileName();
    try {
        if (QFileInfo(sourcePath).canonicalFilePath() == QFileInfo(target.path()).canonicalFilePath()) {
            throw StorageError(StorageError::Kind::InvalidInput, tr("A workspace cannot be imported into itself."));
        }
        QTemporaryDir dir;
        if (!dir.isValid()) {
            throw StorageError(StorageError::Kind::QueryFailed, tr("No room for a temporary copy of %1.").arg(name));
        }
        const QString copyPath = dir.filePath(QStringLiteral("source.dealbench"));
        report(0.0, tr("Copying %1").arg(name));
        copySource(sourcePath, copyPath);
        checkCancel();
        report(0.1, tr("Checking %1").arg(name));
        checkCopy(copyPath, sourcePath, target);
        checkCancel();

        const QDateTime now = clock.nowUtc();
        const QList<MergeTableSpec> tables = MergeSchema::mergeableTables(target);
        MergeStore store(target, options.cancel);
        MergeValidator validator(target);
        store.attach(copyPath);
        const QString workspaceId = store.sourceWorkspaceId();
        const QString sourceKey = workspaceId.isEmpty() ? QFileInfo(sourcePath).absoluteFilePath() : workspaceId;
        result.sourceName = store.sourceWorkspaceName();
        {
            Transaction transaction(target);
            const QString latestAllowed = Timestamp::toStorage(now.addDays(1));
            report(0.15, tr("Comparing %1 with this workspace").arg(name));
            for (const MergeTableSpec& table : tables) {
                store.markCandidates(table);
                checkCancel();
            }
            for (qsizetype i = 0; i < tables.size(); ++i) {
                report(0.2 + 0.3 * double(i) / double(tables.size()), tr("Validating %1").arg(tables.at(i).name));
                validator.rejectInvalid(tables.at(i), latestAllowed);
                checkCancel();
            }
            while (validator.rejectDanglingReferences(tables) > 0) {
                checkCancel();
            }
            const QString watermark = store.lastHighWater(sourceKey).value_or(QString());
            report(0.5, tr("Looking for conflicts"));
            for (const MergeTableSpec& table : tables) {
                result.conflicts += store.conflicts(table, watermark);
                checkCancel();
            }
            QList<MergeIssue> refused;
            for (qsizetype i = 0; i < tables.size(); ++i) {
                report(0.6 + 0.35 * double(i) / double(tables.size()), tr("Importing %1").arg(tables.at(i).name));
                const MergeTableCounts counts = store.upsert(tables.at(i), refused);
                result.inserted += counts.inserted;
                result.updated += counts.updated;
                checkCancel();
            }
            result.rejected = validator.rejected() + refused;
            // Writing the merged pages out at the commit takes seconds on a large team file (9 s
            // of 40 s for a 10k-deal rep file into the 100k-deal one): said as its own step, not
            // left under the name of the last table.
            report(0.95, tr("Saving the workspace"));

            MergeImportRecord record;
            record.id = Ids::newId();
            record.sourceKey = sourceKey;
            record.sourceName = result.sourceName;
            record.sourcePath = QFileInfo(sourcePath).absoluteFilePath();
            record.importedAt = now;
            // Never backwards: importing an older copy after a newer one must not make the
            // next import of the newer data look like fresh conflicts.
            record.sourceHighWater = std::max(watermark, store.sourceHighWater(tables));
            record.inserted = result.inserted;
            record.updated = result.updated;
            record.conflicts = int(result.conflicts.size());
            record.rejected = int(result.rejected.size());
            store.writeLog(record, result.conflicts + result.rejected, Timestamp::toStorage(now));
            checkCancel();
            transaction.commit();
            result.importId = record.id;
        }
        store.detach();
        report(1.0, tr("Done"));
        result.ok = true;
    } catch (const Cancelled&) {
        result = MergeResult{};
        result.cancelled = true;
    } catch (const StorageError& error) {
        const bool cancelled = options.cancel && options.cancel->load();
        result = MergeResult{};
        result.cancelled = cancelled;
        result.error = cancelled ? QString() : error.message();
    }
    return result;
}

} // namespace WorkspaceMerge
