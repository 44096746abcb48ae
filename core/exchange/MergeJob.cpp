// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeJob.h"

#include "WorkspaceMerge.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/workspace/WorkspaceBackups.h"

MergeJob::MergeJob(QString targetPath, QStringList sourcePaths, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_targetPath(std::move(targetPath))
    , m_sourcePaths(std::move(sourcePaths))
    , m_clock(clock)
{}

void MergeJob::run()
{
    std::unique_ptr<Database> target;
    try {
        Database::OpenOptions options{Database::Access::ReadWrite, false};
        options.beforeMigration = WorkspaceBackups::migrationHook(m_clock);
        target = Database::open(m_targetPath, options);
        // One backup for the whole job, so the kept backups are not all from this merge.
        WorkspaceBackups::beforeRiskyChange(*target, m_clock, QStringLiteral("merge"));
    } catch (const StorageError& error) {
        for (int i = 0; i < m_sourcePaths.size(); ++i) {
            MergeResult result;
            result.error = error.message();
            emit fileFinished(i, result);
        }
        emit finished();
        return;
    }
    const int files = int(m_sourcePaths.size());
    for (int i = 0; i < files; ++i) {
        MergeResult result;
        if (m_cancel) {
            result.cancelled = true;
        } else {
            WorkspaceMerge::Options options;
            options.cancel = &m_cancel;
            options.progress = [this, i, files](double share, const QString& step) {
                emit progress((i + share) / files, step);
            };
            result = WorkspaceMerge::merge(*target, m_sourcePaths.at(i), m_clock, options);
        }
        emit fileFinished(i, result);
    }
    target.reset();
    emit finished();
}
