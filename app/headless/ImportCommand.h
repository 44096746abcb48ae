// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// `dealbench import --workspace F [--currency CUR] --preset P FILE.csv [HISTORY.csv]`:
// imports another CRM's deals export. Creates the workspace when it does not exist (base
// currency from --currency, USD by default), detects encoding and delimiter, prints a
// summary. Exit codes: 0 imported, 1 the file was refused (the workspace is then unchanged,
// or not created), 2 bad usage.
namespace ImportCommand {
int run(const QStringList& arguments);
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace ImportCommand
