// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergeSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

class Database;

// A row of the imported file the merge could not settle silently.
struct MergeIssue
{
    enum class Kind
    {
        Conflict, // both sides changed the row since the last import of this source
        Rejected, // the row failed validation and was left out
    };
    enum class Winner
    {
        None,
        Local,
        Source,
    };

    Kind kind = Kind::Conflict;
    QString table;
    QString rowKey;
    QString localUpdatedAt;
    QString sourceUpdatedAt;
    Winner winner = Winner::None;
    QString reason;
    QString lostValues; // the losing version of a conflicting row, as JSON
};

struct MergeTableCounts
{
    int inserted = 0;
    int updated = 0;
};

// A finished import, as the merge log keeps it.
struct MergeImportRecord
{
    QString id;
    QString sourceKey;
    QString sourceName;
    QString sourcePath;
    QDateTime importedAt;
    QString sourceHighWater;
    int inserted = 0;
    int updated = 0;
    int conflicts = 0;
    int rejected = 0;
};

/**
 * The SQL of merging a team member's file into the team file. The file is a private,
 * already checked copy (MergeSchema::difference) attached to the team file's connection as
 * `merge_source`; every statement reads it with set-based SQL in the caller's transaction.
 * Rules: a row is taken when it is new or its updated_at is newer than ours (tombstones
 * included); rows MergeValidator rejected (temp.merge_rejects, created here) are left out;
 * conflicts are found before the newer version wins. Statements can be interrupted through
 * `cancel`.
 */
class MergeStore final
{
    // Messages are looked up under "MergeStore", the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(MergeStore)

    Q_DISABLE_COPY_MOVE(MergeStore)
public:
    MergeStore(Database& target, const std::atomic_bool* cancel = nullptr);
    ~MergeStore();

    // Outside any transaction (SQLite refuses ATTACH and DETACH inside one).
    void attach(const QString& sourceCopyPath);
    void detach();
    // workspace_id of the source (its identity across renames and copies); empty when absent.
    QString sourceWorkspaceId() const;
    QString sourceWorkspaceName() const;

    // Notes which rows of the source are new or newer than ours (temp.merge_candidates). Run
    // it first, in the merge's transaction: validation and the upsert then look at those rows
    // only, so importing a file again, or a weekly file that changed a little, reads the
    // file once instead of checking every row of it.
    void markCandidates(const MergeTableSpec& table);
    // Rows changed on both sides since `watermark` (the source's newest updated_at at the
    // previous import; empty: never imported) whose contents differ.
    QList<MergeIssue> conflicts(const MergeTableSpec& table, const QString& watermark) const;
    // Takes new and newer rows. A row the team file refuses (a unique rule, say) is retried
    // alone and left out with the refusal as reason, appended to `refused`.
    MergeTableCounts upsert(const MergeTableSpec& table, QList<MergeIssue>& refused);
    // The newest updated_at of the source's rows in `tables`.
    QString sourceHighWater(const QList<MergeTableSpec>& tables) const;

    // The merge log.
    std::optional<QString> lastHighWater(const QString& sourceKey) const;
    void writeLog(const MergeImportRecord& record, const QList<MergeIssue>& issues, const QString& now);

private:
    void installInterrupt(bool on);

    Database& m_target;
    const std::atomic_bool* m_cancel;
    bool m_attached = false;
    qint64 m_cacheSize = -2000; // the connection's own, put back on detach
};
