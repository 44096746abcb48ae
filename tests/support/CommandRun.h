// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>
#include <QVariant>

// A headless command run in-process, its output captured: what a script would see.
struct CommandRun
{
    int code = -1;
    QString out;
    QString err;
};

using HeadlessCommand = int (*)(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Runs `dealbench <name> <arguments>` through `command`.
CommandRun runCommand(HeadlessCommand command, const QString& name, const QStringList& arguments);

// The first value of `sql` run on the file through a connection of its own, outside the code
// under test; an invalid QVariant when the file does not open or the query fails.
QVariant fileScalar(const QString& path, const QString& sql);
