// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

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
