// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Reads workspace files with an independent connection (not through the code under test),
// for the merge tests: every row of the data tables, keyed by table and row key.
namespace MergeFixture {

struct Row
{
    QString updatedAt;
    QString values; // every column, in order, as text
};

// The tables a team member's file carries (0001 and 0002), in no particular order.
QStringList dataTables();
// table -> row key -> row
QHash<QString, QHash<QString, Row>> rows(const QString& path);
// A digest of every data row, to tell whether a file changed.
QByteArray digest(const QString& path);
// Runs statements on a file with a plain connection (CHECK constraints off), to craft bad files.
void execute(const QString& path, const QStringList& statements);
QVariant scalar(const QString& path, const QString& sql);

} // namespace MergeFixture
