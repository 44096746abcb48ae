// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One automatic backup of a workspace: a complete, consistent copy taken with VACUUM INTO.
// Its time, reason and deal count are in its file name, so listing needs no file opened.
struct WorkspaceBackup
{
    QString path;
    QDateTime createdAt; // UTC
    QString reason;      // open, migration, merge, import, restore
    qint64 dealCount = 0;

    // The reason in the user's words.
    QString reasonText() const;
};
