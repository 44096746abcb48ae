// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// `dealbench compact --workspace FILE`: lays a workspace file out afresh (after an upgrade of
// a large file, or many tombstoned rows). Exit codes 0 ok, 1 failed (one line on stderr, the
// file unchanged), 2 bad usage.
namespace CompactCommand {
int run(const QStringList& arguments);
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace CompactCommand
