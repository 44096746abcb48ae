// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// `dealbench merge --into TEAM.dealbench REP.dealbench...`: imports team members' files
// into the team file, one transaction per file. Arguments start with the subcommand name.
// Returns the exit code: 0 when every file was imported, 1 when one failed, 2 on bad usage.
namespace MergeCommand {
int run(const QStringList& arguments);
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace MergeCommand
