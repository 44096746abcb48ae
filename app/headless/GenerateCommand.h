// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// `dealbench generate --out FILE [--deals N] [--reps R] [--managers M] [--seed S]
// [--today YYYY-MM-DD] [--interactions-per-deal K] [--currency CUR]`; arguments start with
// the subcommand name. Returns the exit code: 0 ok, 1 failed (file exists, cannot write),
// 2 bad usage. The summary line and the progress of large runs go to stderr.
namespace GenerateCommand {
int run(const QStringList& arguments);
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace GenerateCommand
