// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

struct WorkspaceSummary;

// `dealbench info --workspace FILE [--json]`: what is in a file, for people and scripts.
// Opens the file read-only; exit codes 0 ok, 1 missing/damaged/newer file (one line on
// stderr), 2 bad usage.
namespace InfoCommand {
int run(const QStringList& arguments);
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

// The stable JSON contract: {"schema_version": N, "deals": {"open", "won", "lost"},
// "amounts_minor": {"open": {CUR: N}, "won": {...}, "lost": {...}}, "accounts", "contacts",
// "owners", "interactions", "deal_events", "stages": [{"pipeline", "name", "open_deals"}]}.
QJsonObject toJson(const WorkspaceSummary& summary);
} // namespace InfoCommand
